export { countsReportedAround, isAroundSignal, pageSignals, readPage, signalKey, withPageAround, type SignalFacts } from './page-signals';

export { isAroundSignal, pageSignals, signalKey, withPageAround, type SignalFacts } from './page-signals';

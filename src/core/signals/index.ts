export { isAroundSignal, pageSignals, withPageAround, type SignalFacts } from './page-signals';

export { pageSignals, type SignalFacts } from './page-signals';

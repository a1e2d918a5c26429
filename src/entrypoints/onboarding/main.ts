// Onboarding: static text only, filled from the locale files.
import '@/ui/base.css';
import './style.css';
import { t, uiLanguage } from '@/i18n/t';
import { localizeStatic } from '@/ui/dom';

document.documentElement.lang = uiLanguage() === 'zh' ? 'zh-CN' : 'en';
document.title = t('onboardingTitle');
localizeStatic(document, (key) => t(key as Parameters<typeof t>[0]));

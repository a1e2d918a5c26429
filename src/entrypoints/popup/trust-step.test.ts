// @vitest-environment jsdom
// The popup's "trust this site?" step moves the keyboard focus with it (trust-step.ts).
import { beforeEach, describe, expect, it } from 'vitest';
import { closeTrustStep, openTrustStep, type TrustStep } from './trust-step';

let step: TrustStep;

beforeEach(() => {
  document.body.innerHTML = `
    <button id="trust-site">I trust this site</button>
    <div id="trust-confirm" hidden><button id="trust-no">No</button><button id="trust-yes">Yes</button></div>`;
  const get = (id: string) => document.getElementById(id) as HTMLElement;
  step = { button: get('trust-site'), confirm: get('trust-confirm'), no: get('trust-no') };
});

describe('trust step', () => {
  it('opens on "No", so Enter or Space answers no', () => {
    step.button.focus();
    openTrustStep(step);
    expect(step.button.hidden).toBe(true);
    expect(step.confirm.hidden).toBe(false);
    expect(document.activeElement).toBe(step.no);
  });

  // Regression: after "No" the focus stayed on the hidden "No" button, with no ring anywhere.
  it('gives the focus back to the button after "No"', () => {
    openTrustStep(step);
    closeTrustStep(step);
    expect(step.confirm.hidden).toBe(true);
    expect(step.button.hidden).toBe(false);
    expect(document.activeElement).toBe(step.button);
  });
});

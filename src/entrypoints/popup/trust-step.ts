// The popup's "trust this site?" question opens in place of its button and closes back to it. The keyboard focus
// goes with it: to "No" on opening (Enter or Space then answers no), and back to the button after "No". Without that
// the focus stayed on the hidden "No" button: no ring anywhere, and a screen reader lost its place.

export interface TrustStep {
  /** "I trust this site" */
  button: HTMLElement;
  /** The question, with its "No" and "Yes" buttons. */
  confirm: HTMLElement;
  no: HTMLElement;
}

export function openTrustStep({ button, confirm, no }: TrustStep): void {
  button.hidden = true;
  confirm.hidden = false;
  no.focus();
}

export function closeTrustStep({ button, confirm }: TrustStep): void {
  confirm.hidden = true;
  button.hidden = false;
  button.focus();
}

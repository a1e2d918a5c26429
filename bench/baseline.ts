// The baseline the scan is compared with: walk the same controls and read only their attributes and
// label text, the least any field sensor must do. Runs in the page (bundled into page-scan.ts).
//
// Label text is found the linear way (one map of <label for> per document, plus the wrapping <label>),
// not through `control.labels`: in Chromium the first read of `control.labels` after any DOM change
// searches the whole document for each control, so a walk using it is quadratic (measured here:
// 85 ms for 1,000 controls, 7.8 s for 10,000). A quadratic baseline would make any sensor look cheap.

const ATTRIBUTES = [
  'type', 'name', 'id', 'autocomplete', 'inputmode', 'maxlength', 'pattern', 'placeholder', 'title',
  'aria-label', 'aria-labelledby',
] as const;

/** Reads every control's attributes and label text; returns a checksum so the work cannot be skipped. */
export function baselineWalk(doc: Document): number {
  const byFor = new Map<string, string>();
  const labels = doc.querySelectorAll('label[for]');
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    const id = label.getAttribute('for');
    if (id) byFor.set(id, (byFor.get(id) ?? '') + (label.textContent ?? ''));
  }
  let checksum = 0;
  const controls = doc.querySelectorAll('input, select, textarea');
  for (let i = 0; i < controls.length; i++) {
    const c = controls[i]!;
    for (const a of ATTRIBUTES) checksum += (c.getAttribute(a) ?? '').length;
    const id = c.getAttribute('id');
    if (id) checksum += (byFor.get(id) ?? '').length;
    const wrap = c.closest('label');
    if (wrap) checksum += (wrap.textContent ?? '').length;
  }
  return checksum;
}

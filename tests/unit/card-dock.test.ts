// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { dockWidth, textColumn } from '../../entrypoints/content/card/card-dock';

describe('dockWidth', () => {
  it('fills the room beside the column up to 24 em', () => {
    expect(dockWidth(1440, 1060, 16)).toBe(1440 - 1060 - 32);
    expect(dockWidth(1920, 1000, 16)).toBe(24 * 16);
  });

  it('floats the card when a 16 em card would cover the column', () => {
    expect(dockWidth(1280, 1008, 16)).toBeNull();
    expect(dockWidth(1440, 1060, 24)).toBeNull();
    expect(dockWidth(800, 800, 16)).toBeNull();
  });
});

describe('textColumn', () => {
  it('is the nearest ancestor laid out as a block', () => {
    // happy-dom computes no display for inline elements: they say it themselves.
    document.body.innerHTML =
      '<div><p id="para">Some <a href="#x" style="display: inline"><i style="display: inline">MYCN</i></a></p></div>';
    const text = document.querySelector('i')?.firstChild;
    if (!text) throw new Error('no text');
    const para = document.getElementById('para');
    if (!para) throw new Error('no paragraph');
    const box = new DOMRect(200, 40, 600, 90);
    para.getBoundingClientRect = () => box;
    expect(textColumn(text)).toBe(box);
  });
});

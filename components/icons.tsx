/** Small inline icons (no icon font or emoji, which some systems cannot draw). */

export function PinIcon({ filled = false }: { readonly filled?: boolean }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d={
          filled
            ? 'M16 3H8v2l1 1v5l-3 3v2h5v6h2v-6h5v-2l-3-3V6l1-1z'
            : 'M16 3H8v2l1 1v5l-3 3v2h5v6h2v-6h5v-2l-3-3V6l1-1zm-2.9 3v5.8l2.2 2.2H8.7l2.2-2.2V6z'
        }
      />
    </svg>
  );
}

export function CloseIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M18.3 5.7 12 12l6.3 6.3-1.4 1.4L10.6 13.4 4.3 19.7 2.9 18.3 9.2 12 2.9 5.7l1.4-1.4 6.3 6.3 6.3-6.3z" />
    </svg>
  );
}

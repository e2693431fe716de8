/** The Havencode mark (assets/icon.svg): an H inside a countdown ring. */
export function Logo() {
  return (
    <svg class="logo" viewBox="0 0 512 512" aria-hidden="true">
      <rect width="512" height="512" rx="112" fill="#0b3d5c" />
      <circle
        cx="256"
        cy="256"
        r="164"
        fill="none"
        stroke="#fff"
        stroke-opacity="0.22"
        stroke-width="44"
      />
      <path
        d="M256 92 A164 164 0 1 1 92 256"
        fill="none"
        stroke="#ffb000"
        stroke-width="44"
        stroke-linecap="round"
      />
      <path
        d="M196 168h16a16 16 0 0 1 16 16v50h56v-50a16 16 0 0 1 16-16h16a16 16 0 0 1 16 16v144a16 16 0 0 1-16 16h-16a16 16 0 0 1-16-16v-50h-56v50a16 16 0 0 1-16 16h-16a16 16 0 0 1-16-16V184a16 16 0 0 1 16-16z"
        fill="#fff"
      />
    </svg>
  );
}

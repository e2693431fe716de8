/** iOS Safari in a tab (not added to the home screen), where storage is purged after 7 days unused. */
export function isIosBrowserTab(
  nav: Pick<Navigator, 'userAgent' | 'maxTouchPoints'> = navigator,
  standalone = isStandalone(),
): boolean {
  const ios =
    /iPhone|iPad|iPod/.test(nav.userAgent) ||
    (/Macintosh/.test(nav.userAgent) && nav.maxTouchPoints > 1);
  return ios && !standalone;
}

function isStandalone(): boolean {
  const legacy = (navigator as Navigator & { standalone?: boolean }).standalone;
  return legacy === true || matchMedia('(display-mode: standalone)').matches;
}

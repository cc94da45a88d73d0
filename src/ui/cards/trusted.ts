// A card's controls answer to the reader only: an event the page's script made (`click()`,
// `dispatchEvent`) is not trusted, and does nothing. The page can reach the card's shadow root,
// but it cannot save to the reader's vocabulary or move the reader's card.
export function trusted(act: () => void): (event: Event) => void {
  return (event) => {
    if (event.isTrusted) act();
  };
}

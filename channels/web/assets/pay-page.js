// The payment page's only script (served from /assets; the CSP allows no inline script).
// It asks our Direct Line endpoint for a chat token with the page's link token and starts
// Microsoft's Web Chat. Without the endpoint or the Web Chat bundle it says so instead.
(() => {
  const mount = document.getElementById('webchat');
  const status = document.getElementById('webchat-status');
  if (!mount) return;
  const token = mount.getAttribute('data-token') || '';
  const lang = mount.getAttribute('data-lang') === 'en' ? 'en' : 'nl';
  const unavailable = () => {
    if (status) status.textContent = mount.getAttribute('data-unavailable') || '';
    mount.setAttribute('data-state', 'unavailable');
  };
  if (!window.WebChat || typeof window.WebChat.renderWebChat !== 'function') {
    unavailable();
    return;
  }
  fetch('/v3/directline/tokens/generate', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    credentials: 'omit',
  })
    .then((response) => {
      if (!response.ok) throw new Error(`chat token: HTTP ${response.status}`);
      return response.json();
    })
    .then((session) => {
      if (!session || typeof session.token !== 'string') throw new Error('chat token missing');
      window.WebChat.renderWebChat(
        {
          directLine: window.WebChat.createDirectLine({
            token: session.token,
            domain: `${location.origin}/v3/directline`,
          }),
          locale: lang === 'nl' ? 'nl-NL' : 'en-US',
          styleOptions: {
            accent: '#0b5cad',
            bubbleBorderRadius: 8,
            bubbleFromUserBorderRadius: 8,
            bubbleFromUserBackground: '#e8f0fb',
            hideUploadButton: true,
            rootHeight: '100%',
            sendBoxTextWrap: true,
          },
        },
        mount,
      );
      if (status) status.textContent = '';
      mount.setAttribute('data-state', 'ready');
    })
    .catch(unavailable);
})();

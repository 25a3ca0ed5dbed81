import { useEffect, useState } from 'react';

type QrState = { text: string; url: string | null; failed: boolean };

/**
 * A PNG data URL of `text` as a QR code, drawn in the browser: what it encodes (an
 * authenticator secret, a factory's invite link) never leaves the page for an image
 * service. The encoder is fetched only when a page shows a code.
 */
export function useQrCode(text: string): { url: string | null; failed: boolean } {
  const [state, setState] = useState<QrState | null>(null);
  useEffect(() => {
    let current = true;
    import('qrcode')
      .then(({ default: QRCode }) => QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 1, width: 200 }))
      .then(
        (url) => current && setState({ text, url, failed: false }),
        () => current && setState({ text, url: null, failed: true }),
      );
    return () => {
      current = false;
    };
  }, [text]);
  return state?.text === text ? state : { url: null, failed: false };
}

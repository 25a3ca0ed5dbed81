import { useEffect, useState } from 'react';

/** A PNG data URL of `text` as a QR code, drawn in the browser; the encoder loads only when needed. */
export function useQrCode(text: string): string | null {
  const [state, setState] = useState<{ text: string; url: string } | null>(null);
  useEffect(() => {
    let current = true;
    void import('qrcode')
      .then(({ default: QRCode }) => QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 1, width: 200 }))
      .then((url) => current && setState({ text, url }))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [text]);
  return state?.text === text ? state.url : null;
}

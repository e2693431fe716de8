import QRCode from 'qrcode';

/** Module and background colours of a QR image. */
export interface QrColours {
  dark: string;
  light: string;
}

/** C-point shows a plain black-on-white code. */
export const CPOINT_QR: QrColours = { dark: '#000000', light: '#ffffff' };

/** MyCepa's 'gekleurde QR-code': dark blue modules on light orange, still decodable. */
export const MYCEPA_QR: QrColours = { dark: '#1d3b8f', light: '#ffd8a8' };

/** A PNG of `text` as a QR code, 6 pixels a module with the standard 4-module quiet zone. */
export async function renderQrPng(text: string, colours: QrColours): Promise<Buffer> {
  return QRCode.toBuffer(text, {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: 4,
    scale: 6,
    color: colours,
  });
}

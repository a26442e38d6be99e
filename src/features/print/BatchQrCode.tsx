import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

interface BatchQrCodeProps {
  url: string;
  /** what a screen reader says instead of the pattern */
  label: string;
}

/**
 * The QR code residents scan on the paper board to open the electronic version. Drawn as
 * one SVG path of dark modules, so it prints sharp at any size and needs no network.
 */
export function BatchQrCode({ url, label }: BatchQrCodeProps) {
  const { size, path } = useMemo(() => {
    const code = qrcode(0, 'M');
    code.addData(url);
    code.make();
    const count = code.getModuleCount();
    let d = '';
    for (let row = 0; row < count; row++) {
      for (let col = 0; col < count; col++) {
        if (code.isDark(row, col)) d += `M${col + 4} ${row + 4}h1v1h-1z`;
      }
    }
    // 4 modules of quiet zone on each side, as scanners expect.
    return { size: count + 8, path: d };
  }, [url]);
  return (
    <svg
      className="print-qr__code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

/** Each part of a sharing match as a sentence, good ones marked ✓ and the rest ·. */
export function SharingReasons({ reasons }: { reasons: { part: string; good: boolean; text: string }[] }) {
  return (
    <ul className="sh-reasons">
      {reasons.map((r, i) => (
        <li key={`${r.part}-${i}`} className={r.good ? 'sh-reason sh-reason--good' : 'sh-reason sh-reason--weak'}>
          <span aria-hidden="true">{r.good ? '✓' : '·'}</span> {r.text}
        </li>
      ))}
    </ul>
  );
}

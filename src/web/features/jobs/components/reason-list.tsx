import type { ReasonItem } from '../../../lib/contracts';

/** Each part of the match as a sentence, good ones marked ✓ and the rest ·. */
export function ReasonList({ reasons, limit }: { reasons: ReasonItem[]; limit?: number }) {
  const shown = limit === undefined ? reasons : reasons.slice(0, limit);
  return (
    <ul className="j-reasons">
      {shown.map((r, i) => (
        <li key={`${r.part}-${i}`} className={r.good ? 'j-reason j-reason--good' : 'j-reason j-reason--weak'}>
          <span aria-hidden="true">{r.good ? '✓' : '·'}</span> {r.text}
        </li>
      ))}
    </ul>
  );
}

import { Button } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { nextPresenceKinds, type PresenceState } from '../../../lib/contracts';

/**
 * The presence steps allowed from a state (上工打卡 / 暂时离岗 / 回岗 / 下工打卡), as buttons:
 * the worker's own, or the owner's for a worker without a phone (`who` names the worker).
 */
export function PresenceButtons({
  state,
  pending,
  onStep,
  size = 'middle',
  who,
}: {
  state: string;
  pending: boolean;
  onStep: (kind: string) => void;
  size?: 'small' | 'middle';
  who?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="pw-actions">
      {nextPresenceKinds(state as PresenceState).map((kind) => (
        <Button
          key={kind}
          size={size}
          color={kind === 'check_in' ? 'primary' : 'default'}
          loading={pending}
          aria-label={who ? `${who} ${t(`piecework.presenceKind.${kind}`)}` : undefined}
          onClick={() => onStep(kind)}
        >
          {t(`piecework.presenceKind.${kind}`)}
        </Button>
      ))}
    </div>
  );
}

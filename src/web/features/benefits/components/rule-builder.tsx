/**
 * The rule builder (staff): the typed rule tree as a form — groups of
 * all / any / not, and conditions picked from the fixed list of facts — so
 * nobody types JSON. The server validates the same tree with the one zod schema.
 */
import { Button, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  CHOICE_WORDS,
  CHOICES,
  COMPARE_OPS,
  ENTERPRISE_FACTS,
  FACTS,
  LABEL_WORDS,
  PERSON_FACTS,
  TEXT_OPS,
  type Fact,
} from '../../../../shared/benefits-rules';
import { RESIDENT_LABELS } from '../../../../shared/enums';
import { currentLocale } from '../../../lib/i18n';
import type { PolicyTarget, RuleNode } from '../api/contracts';

type Group = Extract<RuleNode, { kind: 'all' | 'any' | 'not' }>;

const OP_SIGNS: Record<(typeof COMPARE_OPS)[number], string> = { eq: '=', ne: '≠', lt: '<', le: '≤', gt: '>', ge: '≥' };

export function defaultCondition(fact: Fact): RuleNode {
  switch (fact) {
    case 'labels':
      return { kind: 'hasLabel', label: 'mother' };
    case 'gender':
      return { kind: 'oneOf', fact: 'gender', values: ['female'] };
    case 'enterprise_type':
      return { kind: 'oneOf', fact: 'enterprise_type', values: ['individual_business'] };
    case 'business_stage':
      return { kind: 'oneOf', fact: 'business_stage', values: ['registered', 'registering', 'plan_filed'] };
    case 'hukou_area':
      return { kind: 'text', fact: 'hukou_area', op: 'startsWith', value: '青岛市' };
    default:
      return { kind: 'compare', fact, op: 'ge', value: fact === 'age' ? 18 : 1 };
  }
}

export function defaultRule(target: PolicyTarget): RuleNode {
  return { kind: 'all', rules: [defaultCondition(target === 'person' ? 'age' : 'months_in_operation')] };
}

/** The editor works on a group at the root; a single condition is the same as "all of [it]". */
export function asGroup(rule: RuleNode): Group {
  return rule.kind === 'all' || rule.kind === 'any' || rule.kind === 'not' ? rule : { kind: 'all', rules: [rule] };
}

function children(group: Group): RuleNode[] {
  return group.kind === 'not' ? [group.rule] : group.rules;
}
function withChildren(kind: Group['kind'], rules: RuleNode[]): Group {
  return kind === 'not' ? { kind: 'not', rule: rules[0] ?? { kind: 'all', rules: [] } } : { kind, rules };
}

export function RuleBuilder({
  target,
  value,
  onChange,
}: {
  target: PolicyTarget;
  value: RuleNode;
  onChange: (rule: RuleNode) => void;
}) {
  return (
    <div className="b-rule" data-testid="rule-builder">
      <GroupEditor target={target} group={asGroup(value)} path="1" onChange={onChange} />
    </div>
  );
}

function GroupEditor({
  target,
  group,
  path,
  onChange,
  onRemove,
}: {
  target: PolicyTarget;
  group: Group;
  path: string;
  onChange: (g: Group) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const list = children(group);
  const facts = target === 'person' ? PERSON_FACTS : ENTERPRISE_FACTS;
  const replace = (i: number, node: RuleNode) =>
    onChange(
      withChildren(
        group.kind,
        list.map((c, j) => (j === i ? node : c)),
      ),
    );
  const remove = (i: number) =>
    onChange(
      withChildren(
        group.kind,
        list.filter((_, j) => j !== i),
      ),
    );
  return (
    <fieldset className="b-rule__group">
      <legend className="b-rule__legend">
        <Space wrap>
          <Select
            aria-label={t('benefits.rule.groupKind', { path })}
            value={group.kind}
            style={{ width: 200 }}
            onChange={(kind: Group['kind']) => onChange(withChildren(kind, list))}
            options={(['all', 'any', 'not'] as const).map((k) => ({ value: k, label: t(`benefits.rule.kinds.${k}`) }))}
          />
          {onRemove && (
            <Button size="small" danger onClick={onRemove}>
              {t('benefits.rule.removeGroup')}
            </Button>
          )}
        </Space>
      </legend>
      <ol className="b-rule__list">
        {list.map((node, i) => (
          <li key={i}>
            {node.kind === 'all' || node.kind === 'any' || node.kind === 'not' ? (
              <GroupEditor
                target={target}
                group={node}
                path={`${path}.${i + 1}`}
                onChange={(g) => replace(i, g)}
                onRemove={() => remove(i)}
              />
            ) : (
              <ConditionEditor
                facts={facts}
                node={node}
                path={`${path}.${i + 1}`}
                onChange={(n) => replace(i, n)}
                onRemove={() => remove(i)}
              />
            )}
          </li>
        ))}
      </ol>
      {(group.kind !== 'not' || list.length === 0) && (
        <Space>
          <Button
            size="small"
            onClick={() => onChange(withChildren(group.kind, [...list, defaultCondition(facts[0]!)]))}
          >
            {t('benefits.rule.addCondition')}
          </Button>
          <Button
            size="small"
            onClick={() =>
              onChange(withChildren(group.kind, [...list, { kind: 'any', rules: [defaultCondition(facts[0]!)] }]))
            }
          >
            {t('benefits.rule.addGroup')}
          </Button>
        </Space>
      )}
    </fieldset>
  );
}

type Leaf = Exclude<RuleNode, Group>;

function ConditionEditor({
  facts,
  node,
  path,
  onChange,
  onRemove,
}: {
  facts: readonly Fact[];
  node: Leaf;
  path: string;
  onChange: (n: RuleNode) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const fact: Fact = node.kind === 'hasLabel' ? 'labels' : node.fact;
  return (
    <Space wrap className="b-rule__condition" data-testid={`condition-${path}`}>
      <Select
        aria-label={t('benefits.rule.fact', { path })}
        value={fact}
        style={{ width: 220 }}
        onChange={(f: Fact) => onChange(defaultCondition(f))}
        options={facts.map((f) => ({ value: f, label: FACTS[f].label[locale] }))}
      />
      {node.kind === 'compare' && (
        <>
          <Select
            aria-label={t('benefits.rule.op', { path })}
            value={node.op}
            style={{ width: 80 }}
            onChange={(op) => onChange({ ...node, op })}
            options={COMPARE_OPS.map((op) => ({ value: op, label: OP_SIGNS[op] }))}
          />
          <InputNumber
            aria-label={t('benefits.rule.value', { path })}
            value={node.value}
            precision={0}
            onChange={(v) => onChange({ ...node, value: Number(v ?? 0) })}
          />
        </>
      )}
      {node.kind === 'oneOf' && (
        <Select
          mode="multiple"
          aria-label={t('benefits.rule.values', { path })}
          value={node.values}
          style={{ minWidth: 240 }}
          onChange={(values: string[]) => onChange({ ...node, values })}
          options={CHOICES[node.fact].map((v) => ({ value: v, label: CHOICE_WORDS[v]?.[locale] ?? v }))}
        />
      )}
      {node.kind === 'hasLabel' && (
        <Select
          aria-label={t('benefits.rule.label', { path })}
          value={node.label}
          style={{ width: 180 }}
          onChange={(label) => onChange({ ...node, label })}
          options={RESIDENT_LABELS.map((l) => ({ value: l, label: LABEL_WORDS[l][locale] }))}
        />
      )}
      {node.kind === 'text' && (
        <>
          <Select
            aria-label={t('benefits.rule.op', { path })}
            value={node.op}
            style={{ width: 130 }}
            onChange={(op) => onChange({ ...node, op })}
            options={TEXT_OPS.map((op) => ({ value: op, label: t(`benefits.rule.textOps.${op}`) }))}
          />
          <Input
            aria-label={t('benefits.rule.value', { path })}
            value={node.value}
            style={{ width: 160 }}
            onChange={(e) => onChange({ ...node, value: e.target.value })}
          />
        </>
      )}
      <Button size="small" onClick={onRemove} aria-label={t('benefits.rule.remove', { path })}>
        {t('benefits.rule.removeShort')}
      </Button>
    </Space>
  );
}

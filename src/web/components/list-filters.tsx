import { Col, Form, Input, Row, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAreaScope } from '../lib/areas';
import { AreaTreeSelect } from './area-tree-select';

/**
 * A list page's filter bar, a labelled search landmark. Each box applies as
 * soon as it changes: the filters live in the URL (see useListParams), so
 * the boxes show what is applied rather than holding a draft.
 */
export function ListFilters({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Form layout="vertical" className="s-filters" role="search" aria-label={label}>
      <Row gutter={16}>{children}</Row>
    </Form>
  );
}

/** The free-text box; it applies on Enter or its button, trimmed. */
export function SearchFilter({
  id,
  label,
  placeholder,
  value,
  onSearch,
}: {
  id: string;
  label: string;
  placeholder: string;
  value: string | undefined;
  onSearch: (q: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Col xs={24} md={10}>
      <Form.Item label={label} htmlFor={id}>
        <Input.Search
          // Remounted when the URL's query changes (back button), so the box shows what is applied.
          key={value ?? ''}
          id={id}
          defaultValue={value}
          onSearch={(q) => onSearch(q.trim())}
          placeholder={placeholder}
          enterButton={t('common.search')}
          allowClear
        />
      </Form.Item>
    </Col>
  );
}

/** Narrows the list to one of the officer's own areas (and everything below it). */
export function AreaFilter({
  id,
  value,
  onChange,
}: {
  id: string;
  value: number | undefined;
  onChange: (areaId: number | undefined) => void;
}) {
  const { t } = useTranslation();
  const { scope, isPending } = useAreaScope();
  return (
    <Col xs={24} sm={12} md={7}>
      <Form.Item label={t('fields.area')} htmlFor={id}>
        <AreaTreeSelect
          id={id}
          roots={scope?.roots ?? []}
          loading={isPending}
          value={value}
          onChange={onChange}
          placeholder={t('common.allAreas')}
          allowClear
        />
      </Form.Item>
    </Col>
  );
}

/** Narrows the list to one value of a fixed set (a type, a label). */
export function SelectFilter<T extends string>({
  id,
  label,
  placeholder,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  placeholder: string;
  value: T | undefined;
  options: { value: T; label: string }[];
  onChange: (value: T | undefined) => void;
}) {
  return (
    <Col xs={24} sm={12} md={7}>
      <Form.Item label={label} htmlFor={id}>
        <Select<T> id={id} value={value} onChange={onChange} placeholder={placeholder} allowClear options={options} />
      </Form.Item>
    </Col>
  );
}

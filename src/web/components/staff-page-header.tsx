import { Breadcrumb } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../lib/use-document-title';

/** The console page's title (its one <h1>), where it sits, and its actions. */
export function StaffPageHeader({
  title,
  parent,
  extra,
}: {
  title: string;
  parent?: { to: string; label: string };
  extra?: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <div className="s-page-header">
      <div className="s-page-header__text">
        {parent && <Breadcrumb items={[{ title: <Link to={parent.to}>{parent.label}</Link> }, { title }]} />}
        <h1 className="s-page-header__title">{title}</h1>
      </div>
      {extra && <div className="s-page-header__extra">{extra}</div>}
    </div>
  );
}

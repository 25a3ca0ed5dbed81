import { List, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MobileHeader } from '../../../components/mobile-header';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMyApplications } from '../api/list-my-applications';
import { QueryState } from '../components/query-state';
import '../jobs.css';

export function MyApplicationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('jobs.applications.title'));
  const navigate = useNavigate();
  const list = useMyApplications();
  return (
    <>
      <MobileHeader title={t('jobs.applications.title')} backTo="/jobs" />
      <QueryState query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="m-card">{t('jobs.applications.empty')}</p>
          ) : (
            <List className="m-card m-card--flush">
              {data.items.map((a) => (
                <List.Item
                  key={a.id}
                  onClick={() => void navigate(`/jobs/applications/${a.id}`)}
                  description={`${a.enterpriseName}${a.assistedBy ? ` · ${t('jobs.applications.assisted', { name: a.assistedBy })}` : ''}`}
                  extra={<Tag className={`j-status j-status--${a.status}`}>{t(`jobs.statuses.${a.status}`)}</Tag>}
                >
                  {a.postTitle}
                </List.Item>
              ))}
            </List>
          )
        }
      </QueryState>
    </>
  );
}

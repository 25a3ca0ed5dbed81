import { Button, TextArea } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { MobileHeader } from '../../../components/mobile-header';
import { errorMessage } from '../../../lib/api-client';
import type { JobPostDetail } from '../../../lib/contracts';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useApply, type SharedField } from '../api/apply-to-post';
import { usePublicPost } from '../api/get-public-post';
import { ConsentFields } from '../components/consent-fields';
import { QueryState } from '../components/query-state';
import '../jobs.css';

/**
 * Applying asks its own consent (PIPL art. 23): it names the employer and the
 * post, and the resident ticks exactly which items go to them.
 */
export function ApplyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('jobs.apply.title'));
  const id = Number(useParams().id);
  const post = usePublicPost(id);
  return (
    <>
      <MobileHeader title={t('jobs.apply.title')} backTo={`/jobs/posts/${id}`} />
      <QueryState query={post}>{(p) => <ApplyForm post={p} />}</QueryState>
    </>
  );
}

function ApplyForm({ post }: { post: JobPostDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const apply = useApply(post.id);
  const [fields, setFields] = useState<SharedField[]>(['name', 'phone', 'skills']);
  const [agreed, setAgreed] = useState(false);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = () => {
    if (fields.length === 0) return setProblem(t('jobs.apply.fieldsRequired'));
    if (!agreed) return setProblem(t('jobs.apply.consentRequired'));
    setProblem(null);
    apply.mutate(message.trim() ? { fields, message: message.trim() } : { fields }, {
      onSuccess: (a) => void navigate(`/jobs/applications/${a.id}`, { replace: true, state: { applied: true } }),
      onError: (e) => setProblem(errorMessage(e)),
    });
  };

  return (
    <>
      <section className="m-card">
        <h2 className="j-detail__title">{post.title}</h2>
        <p className="j-card__meta">{post.enterpriseName}</p>
      </section>
      <ConsentFields
        employer={post.enterpriseName}
        post={post.title}
        fields={fields}
        onChange={setFields}
        agreed={agreed}
        onAgree={setAgreed}
        intro="apply"
      />
      <section className="m-card">
        <label className="j-label" htmlFor="apply-message">
          {t('jobs.apply.message')}
        </label>
        <TextArea
          id="apply-message"
          value={message}
          onChange={setMessage}
          maxLength={500}
          autoSize={{ minRows: 2, maxRows: 4 }}
        />
      </section>
      <div className="j-actions">
        {problem && (
          <p className="m-alert" role="alert">
            {problem}
          </p>
        )}
        <Button block color="primary" size="large" loading={apply.isPending} onClick={submit}>
          {t('jobs.apply.submit')}
        </Button>
      </div>
    </>
  );
}

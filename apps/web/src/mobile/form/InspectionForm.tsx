import type { CatalogDetail } from '@ancha/contracts';
import { Button, Toast } from 'antd-mobile';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PhotoEnterpriseContext, PhotoOwnerContext } from '../shared/photo-store.ts';
import { SaveStatusLine, useAutosave } from './autosave.tsx';
import { CatalogContent } from './CatalogContent.tsx';
import { itemPlaces } from './checks.ts';
import { type AnswerDraft, type Draft, writeLocalDraft } from './draft.ts';
import { InspectorInfo } from './InspectorInfo.tsx';
import { type FormKind, selfInspection } from './kind.ts';
import { useSubmitInspection } from './useSubmitInspection.ts';

interface Props {
  initial: Draft;
  /** The draft holds changes the server has not had yet. */
  unsynced: boolean;
  catalog: CatalogDetail;
  siteName: string;
  /** Correcting a submitted record: it must stay complete, so nothing is sent until 提交修改. */
  correcting?: boolean;
  /** Which record the form fills: the enterprise's self-inspection unless told otherwise. */
  kind?: FormKind;
}

const selfKind: FormKind = {
  ...selfInspection,
  renderHeader: ({ draft, siteName, patch }) => (
    <InspectorInfo draft={draft} siteName={siteName} patch={patch} />
  ),
};

/** The self-inspection form (seed 000, 1.3.1.2): holds the draft and wires saving and 提交. */
export function InspectionForm({
  initial,
  unsynced,
  catalog,
  siteName,
  correcting = false,
  kind = selfKind,
}: Props) {
  const { t } = useTranslation('field');
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState(unsynced);
  const [problems, setProblems] = useState<Map<string, string[]>>(() => new Map());
  const [open, setOpen] = useState<string[]>(() => catalog.categories.slice(0, 1).map((c) => c.id));
  const places = useMemo(() => itemPlaces(catalog), [catalog]);
  const [ownProblems, setOwnProblems] = useState<Map<string, string>>(() => new Map());
  const { status, save } = useAutosave(draft, touched && !correcting, kind.save);

  const change = useCallback((update: (d: Draft) => Draft) => {
    setDraft((prev) => ({ ...update(prev), changedAt: new Date().toISOString() }));
    setTouched(true);
  }, []);

  // Every change lands on the phone at once; the server gets it on the debounce.
  useEffect(() => {
    if (touched) writeLocalDraft(draft);
  }, [draft, touched]);

  const onAnswer = useCallback(
    (itemId: string, patch: (answer: AnswerDraft) => Partial<AnswerDraft>) => {
      change((d) => {
        const answer = d.answers[itemId] ?? { itemId, answer: 'hazard' };
        return { ...d, answers: { ...d.answers, [itemId]: { ...answer, ...patch(answer) } } };
      });
      setProblems((p) => {
        if (!p.has(itemId)) return p;
        const rest = new Map(p);
        rest.delete(itemId);
        return rest;
      });
    },
    [change],
  );

  const showProblems = (found: Map<string, string[]>, itemId: string | null) => {
    setProblems(found);
    const category = places.find(({ item }) => item.id === itemId)?.categoryId;
    if (category) setOpen((keys) => (keys.includes(category) ? keys : [...keys, category]));
  };
  const { submit, submitting } = useSubmitInspection({
    places,
    save,
    showProblems,
    showOwnProblems: setOwnProblems,
    kind,
    correcting,
  });

  const saveNow = () => {
    writeLocalDraft(draft);
    save().then(
      () => Toast.show({ content: t('form.saved'), icon: 'success' }),
      // The status line already says why; the draft is safe on the phone either way.
      () => undefined,
    );
  };

  return (
    <PhotoOwnerContext.Provider value={draft.id}>
      <PhotoEnterpriseContext.Provider value={kind.photoEnterpriseId}>
        <form onSubmit={(event) => event.preventDefault()}>
          {kind.renderHeader({
            draft,
            siteName,
            patch: (p) => change((d) => ({ ...d, ...p })),
            problems: ownProblems,
          })}
          <CatalogContent
            catalog={catalog}
            draft={draft}
            problems={problems}
            openCategories={open}
            onOpenCategories={setOpen}
            onAnswer={onAnswer}
          />
          <p style={{ color: 'var(--adm-color-weak)', fontSize: 13, padding: '8px 16px' }}>
            {t('form.tips')}
          </p>
          <div style={bar}>
            {correcting ? (
              <div style={{ fontSize: 12, marginBottom: 6, color: 'var(--adm-color-weak)' }}>
                {t('form.correctingNote')}
              </div>
            ) : (
              <SaveStatusLine status={status} />
            )}
            <div style={{ display: 'flex', gap: 12 }}>
              {!correcting && (
                <Button block onClick={saveNow} loading={status.kind === 'saving'} style={{ flex: 1 }}>
                  {t('form.save')}
                </Button>
              )}
              <Button
                block
                color="primary"
                loading={submitting}
                disabled={submitting}
                onClick={() => void submit(draft)}
                style={{ flex: 1 }}
              >
                {correcting ? t('form.submitCorrection') : t('form.submit')}
              </Button>
            </div>
          </div>
        </form>
      </PhotoEnterpriseContext.Provider>
    </PhotoOwnerContext.Provider>
  );
}

const bar = {
  position: 'sticky',
  bottom: 0,
  zIndex: 2,
  background: '#fff',
  borderTop: '1px solid var(--adm-color-border)',
  padding: '6px 12px 10px',
} as const;

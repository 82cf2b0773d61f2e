import { useQueryClient } from '@tanstack/react-query';
import { Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/errors.ts';
import { checkDraft, type ItemPlace, problemsFromFields } from './checks.ts';
import { type Draft, removeLocalDraft } from './draft.ts';
import { itemElementId } from './ItemCard.tsx';
import type { FormKind } from './kind.ts';

interface Options {
  places: ItemPlace[];
  save: () => Promise<void>;
  /** Shows the problems and opens the category of `itemId` so it can be scrolled to. */
  showProblems: (problems: Map<string, string[]>, itemId: string | null) => void;
  /** The record's own fields (from the kind's check or the server's 422), by path. */
  showOwnProblems: (problems: Map<string, string>) => void;
  kind: Omit<FormKind, 'renderHeader'>;
  /** A submitted record is corrected by saving it whole; there is nothing left to submit. */
  correcting?: boolean;
}

/** Scrolls once React has drawn the opened category; the item does not exist before that. */
function scrollToElement(id: string): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView({ block: 'start' })),
  );
}

/**
 * 提交: the local checks first, then the latest answers to the server, then the submission.
 * The server checks again (it is the authority) and its 422 is shown the same way.
 */
export function useSubmitInspection({
  places,
  save,
  showProblems,
  showOwnProblems,
  kind,
  correcting = false,
}: Options) {
  const { t } = useTranslation('field');
  const navigate = useNavigate();
  const client = useQueryClient();
  const [submitting, setSubmitting] = useState(false);

  const point = (problems: Map<string, string[]>, acknowledgedMissing: boolean, message: string) => {
    const first = places.find(({ item }) => problems.has(item.id))?.item.id ?? null;
    showProblems(problems, first);
    Toast.show({ content: message, icon: 'fail', duration: 3000 });
    if (first) scrollToElement(itemElementId(first));
    else if (acknowledgedMissing) scrollToElement('inspection-acknowledged');
  };

  const submit = async (draft: Draft) => {
    const check = checkDraft(draft, places, t('form.unanswered'));
    const own = kind.ownProblems(draft);
    showOwnProblems(new Map(own.map((p) => [p.path, p.message])));
    if (check.problems.size > 0 || !check.acknowledged || own.length > 0) {
      const firstMessage = check.firstItemId ? check.problems.get(check.firstItemId)?.[0] : undefined;
      const message =
        check.unanswered > 0
          ? t('form.remaining', { count: check.unanswered })
          : (firstMessage ?? own[0]?.message ?? t('form.notAcknowledged'));
      point(check.problems, !check.acknowledged, message);
      return;
    }
    setSubmitting(true);
    try {
      await save();
      if (!correcting) await kind.submit(draft.id);
      removeLocalDraft(draft.id);
      await client.invalidateQueries({ queryKey: kind.refreshKey });
      Toast.show({ content: correcting ? t('form.corrected') : t('form.submitted'), icon: 'success' });
      navigate(kind.recordPath(draft.id), { replace: true });
    } catch (error) {
      if (isApiError(error) && error.status === 422) {
        const acknowledgedMissing = error.fields.some((f) => f.path === 'acknowledged');
        showOwnProblems(
          new Map(error.fields.filter((f) => !f.path.startsWith('answers')).map((f) => [f.path, f.message])),
        );
        point(problemsFromFields(error.fields), acknowledgedMissing, error.message);
      } else {
        Toast.show({ content: error instanceof Error ? error.message : String(error), icon: 'fail' });
      }
    } finally {
      setSubmitting(false);
    }
  };

  return { submit, submitting };
}

import { shanghaiDate } from '@ancha/contracts';
import { DatePicker } from 'antd-mobile';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A labelled row of the form. The label points at the control by id, so screen readers (and
 * tests) find 责任人 as the name of its input.
 */
export function Field({
  label,
  required = true,
  children,
}: {
  label: string;
  required?: boolean;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div style={{ padding: '6px 0' }}>
      <label htmlFor={id} style={{ display: 'block', fontSize: 14, marginBottom: 4 }}>
        {required && <span style={{ color: 'var(--adm-color-danger)' }}>*</span>}
        {label}
      </label>
      <div style={box}>{children(id)}</div>
    </div>
  );
}

const box = {
  border: '1px solid var(--adm-color-border)',
  borderRadius: 4,
  padding: '6px 8px',
  background: '#fff',
} as const;

/** YYYY-MM-DD ↔ a Date at local midnight, the form the picker's columns work in. */
function toDate(day: string): Date {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  return new Date(y, m - 1, d);
}

function toDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** 整改截止时间: a day not before today as Beijing counts it, whatever the phone's time zone. */
export function DeadlineField({ value, onChange }: { value?: string; onChange: (day: string) => void }) {
  const { t } = useTranslation('field');
  const [open, setOpen] = useState(false);
  const min = toDate(shanghaiDate(new Date()));
  const max = new Date(min.getFullYear() + 5, 11, 31);
  return (
    <Field label={t('form.deadline')}>
      {(id) => (
        <>
          {/* A native button: antd-mobile's does not take the id the label points at. */}
          <button id={id} type="button" style={pickerTrigger} onClick={() => setOpen(true)}>
            {value ?? (
              <span style={{ color: 'var(--adm-color-light)' }}>{t('form.deadlinePlaceholder')}</span>
            )}
          </button>
          <DatePicker
            visible={open}
            min={min}
            max={max}
            precision="day"
            value={value ? toDate(value) : min}
            onClose={() => setOpen(false)}
            onConfirm={(date) => onChange(toDay(date))}
          />
        </>
      )}
    </Field>
  );
}

/** A button that looks like the text field it opens (a picker), as antd-mobile's own pickers do. */
export const pickerTrigger = {
  width: '100%',
  border: 0,
  padding: 0,
  background: 'none',
  font: 'inherit',
  fontSize: 'var(--adm-font-size-9)',
  color: 'var(--adm-color-text)',
  textAlign: 'left',
} as const;

/** 法人已知晓检查结果, which every kind of inspection needs before 提交 (the scroll target of a miss). */
export function AcknowledgedField({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  const { t } = useTranslation('field');
  return (
    <div id="inspection-acknowledged" style={{ paddingTop: 8, scrollMarginTop: 8 }}>
      {/* Native: antd-mobile's Checkbox hides its input with display:none, out of screen readers' reach. */}
      <label style={{ display: 'flex', alignItems: 'center', gap: 8, fontSize: 15 }}>
        <input
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          style={{ width: 20, height: 20, accentColor: 'var(--adm-color-primary)' }}
        />
        {t('form.acknowledged')}
      </label>
    </div>
  );
}

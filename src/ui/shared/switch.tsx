// An on/off switch: a real checkbox with role="switch", so keyboard and screen readers work without extra code.
import type { JSX } from 'preact';

export interface SwitchProps {
  id: string;
  checked: boolean;
  label: string;
  description?: string;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

export function Switch({ id, checked, label, description, disabled, onChange }: SwitchProps): JSX.Element {
  return (
    <div class="cl-switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        aria-checked={checked}
        class="cl-switch__input"
        checked={checked}
        disabled={disabled}
        aria-describedby={description ? `${id}-desc` : undefined}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id} class="cl-switch__label">
        <span class="cl-switch__track" aria-hidden="true">
          <span class="cl-switch__thumb" />
        </span>
        <span class="cl-switch__text">{label}</span>
      </label>
      {description ? (
        <p id={`${id}-desc`} class="cl-switch__desc">
          {description}
        </p>
      ) : null}
    </div>
  );
}

import { Checkbox, FieldContextProvider, type FieldControlProps } from '@fluentui/react-components';
import type { RefCallBack } from 'react-hook-form';

interface ThemeChoice {
  id: number;
  name: string;
}

/**
 * A field's themes as a group of checkboxes, one per theme, the group labelled by the field. The
 * first checkbox takes the field's ref, so a refused field focuses it.
 */
export function ThemeCheckboxes({
  field,
  controlProps,
  themes,
  className,
}: {
  field: {
    value: number[];
    onChange: (value: number[]) => void;
    onBlur: () => void;
    ref: RefCallBack;
  };
  controlProps: FieldControlProps;
  themes: readonly ThemeChoice[];
  className?: string;
}) {
  return (
    // Only the labelling: `aria-required` and the like are not allowed on a group.
    <div
      role="group"
      className={className}
      aria-labelledby={controlProps['aria-labelledby']}
      aria-describedby={controlProps['aria-describedby']}
    >
      {/* Each checkbox is its own control; the field labels the group. */}
      <FieldContextProvider value={undefined}>
        {themes.map((theme, index) => (
          <Checkbox
            key={theme.id}
            ref={index === 0 ? field.ref : undefined}
            label={theme.name}
            checked={field.value.includes(theme.id)}
            onBlur={field.onBlur}
            onChange={(_, data) =>
              field.onChange(
                data.checked
                  ? [...field.value, theme.id]
                  : field.value.filter((id) => id !== theme.id),
              )
            }
          />
        ))}
      </FieldContextProvider>
    </div>
  );
}

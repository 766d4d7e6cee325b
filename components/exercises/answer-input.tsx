"use client";

import { useId } from "react";
import { Input } from "@/components/ui/input";
import type { AnswerFormat } from "@/server/exercises/template-schema";
import { MAX_ANSWER_LENGTH } from "@/server/exercises/fields";

export type AnswerValue = string | number | string[] | null;

export function emptyAnswer(format: AnswerFormat): AnswerValue {
  if (format.type === "multi-choice") return [];
  if (format.type === "list") return Array.from({ length: format.minItems }, () => "");
  return null;
}

/** One control per answer format; labelled by the step's prompt (`labelledBy`). */
export function AnswerInput({
  format,
  value,
  onChange,
  labelledBy,
  describedBy,
}: {
  format: AnswerFormat;
  value: AnswerValue;
  onChange: (value: AnswerValue) => void;
  labelledBy: string;
  describedBy?: string;
}) {
  const name = useId();
  const fieldset = "space-y-2";
  switch (format.type) {
    case "text":
      return (
        <textarea
          aria-labelledby={labelledBy}
          aria-describedby={describedBy}
          className="block min-h-32 w-full rounded-lg border border-stone-500 bg-white p-3 text-base focus-visible:outline-3 focus-visible:outline-amber-500"
          maxLength={MAX_ANSWER_LENGTH}
          placeholder={format.placeholder}
          value={typeof value === "string" ? value : ""}
          onChange={(event) => onChange(event.target.value)}
        />
      );
    case "scale":
      return (
        <div role="radiogroup" aria-labelledby={labelledBy} aria-describedby={describedBy} className={fieldset}>
          <div className="flex flex-wrap gap-2">
            {Array.from({ length: 10 }, (_, i) => i + 1).map((n) => (
              <label key={n} className="inline-flex min-h-11 min-w-11 cursor-pointer items-center justify-center rounded-lg border border-stone-500 has-checked:bg-teal-800 has-checked:text-white">
                <input className="sr-only" type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} />
                {n}
              </label>
            ))}
          </div>
          <p className="flex justify-between text-sm text-stone-700">
            <span>1 = {format.minLabel}</span>
            <span>10 = {format.maxLabel}</span>
          </p>
        </div>
      );
    case "single-choice":
      return (
        <div role="radiogroup" aria-labelledby={labelledBy} aria-describedby={describedBy} className={fieldset}>
          {format.options.map((option) => (
            <label key={option} className="flex min-h-11 items-center gap-3">
              <input type="radio" name={name} className="size-5" checked={value === option} onChange={() => onChange(option)} />
              {option}
            </label>
          ))}
        </div>
      );
    case "multi-choice": {
      const selected = Array.isArray(value) ? value : [];
      return (
        <div role="group" aria-labelledby={labelledBy} aria-describedby={describedBy} className={fieldset}>
          {format.options.map((option) => (
            <label key={option} className="flex min-h-11 items-center gap-3">
              <input
                type="checkbox"
                className="size-5"
                checked={selected.includes(option)}
                onChange={(event) => onChange(event.target.checked ? [...selected, option] : selected.filter((o) => o !== option))}
              />
              {option}
            </label>
          ))}
        </div>
      );
    }
    case "list": {
      const items = Array.isArray(value) ? value : [];
      return (
        <div role="group" aria-labelledby={labelledBy} aria-describedby={describedBy} className={fieldset}>
          {items.map((item, index) => (
            <Input
              key={index}
              aria-label={`${format.itemLabel ?? "Item"} ${index + 1}`}
              value={item}
              maxLength={500}
              onChange={(event) => onChange(items.map((old, i) => (i === index ? event.target.value : old)))}
            />
          ))}
          {items.length < format.maxItems ? (
            <button type="button" className="text-teal-900 underline underline-offset-4" onClick={() => onChange([...items, ""])}>
              Add another
            </button>
          ) : null}
        </div>
      );
    }
  }
}

/** An answer as read back after the reveal. */
export function AnswerText({ value }: { value: unknown }) {
  if (Array.isArray(value)) {
    return (
      <ul className="list-disc space-y-1 pl-5">
        {value.map((item, i) => (
          <li key={i}>{String(item)}</li>
        ))}
      </ul>
    );
  }
  if (typeof value === "number") return <p>{value} out of 10</p>;
  return <p className="whitespace-pre-wrap">{value === null || value === undefined ? "—" : String(value)}</p>;
}

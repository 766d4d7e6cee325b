"use client";

import { useForm } from "react-hook-form";
import { applyServerError } from "@/components/auth/server-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { BOUNDARY_CATEGORIES, CATEGORY_LABELS, type BoundaryCategory } from "@/server/boundaries/categories";
import { categoryRules, descriptionRules, titleRules } from "./boundary-rules";

type Values = { title: string; description: string; category: BoundaryCategory; reviewOn: string };
export type BoundaryValues = { title: string; description: string; category: BoundaryCategory; reviewOn: string | null };

/** Propose a boundary, or a change to one (a new version). */
export function BoundaryForm({ initial, submitLabel, onSubmit }: { initial?: BoundaryValues; submitLabel: string; onSubmit: (values: BoundaryValues) => Promise<unknown> }) {
  const form = useForm<Values>({
    defaultValues: { title: initial?.title ?? "", description: initial?.description ?? "", category: initial?.category ?? "communication", reviewOn: initial?.reviewOn ?? "" },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    try {
      await onSubmit({ ...values, reviewOn: values.reviewOn || null });
      if (!initial) form.reset();
    } catch (error) {
      applyServerError(error, form.setError, ["title", "description", "category", "reviewOn"]);
    }
  });
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {errors.root?.message ? (
        <Notice tone="error" role="alert">
          {errors.root.message}
        </Notice>
      ) : null}
      <Field label="Title" error={errors.title?.message}>
        <Input {...form.register("title", titleRules)} />
      </Field>
      <Field label="What it means" hint="In plain words, what you are both agreeing to." error={errors.description?.message}>
        <textarea className="block min-h-24 w-full rounded-lg border border-stone-500 bg-white p-3" {...form.register("description", descriptionRules)} />
      </Field>
      <Field label="Category" error={errors.category?.message}>
        <select className="min-h-11 w-full rounded-lg border border-stone-500 bg-white px-3" {...form.register("category", categoryRules)}>
          {BOUNDARY_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Review date (optional)" hint="You'll both get a reminder here on that day." error={errors.reviewOn?.message}>
        <Input type="date" {...form.register("reviewOn")} />
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {submitLabel}
      </Button>
    </form>
  );
}

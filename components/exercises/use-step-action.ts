"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";

/** Every step action refetches the session afterwards (and the partner's phone hears about it). */
export function useExerciseActions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const onSettled = () => queryClient.invalidateQueries(trpc.exercise.pathFilter());
  return {
    submitAnswer: useMutation(trpc.exercise.submitAnswer.mutationOptions({ onSettled })),
    acknowledge: useMutation(trpc.exercise.acknowledge.mutationOptions({ onSettled })),
    saveReflection: useMutation(trpc.exercise.saveReflection.mutationOptions({ onSettled })),
    takeTurn: useMutation(trpc.exercise.takeTurn.mutationOptions({ onSettled })),
    saveDraft: useMutation(trpc.exercise.saveDraft.mutationOptions({ onSettled })),
    agreeToDraft: useMutation(trpc.exercise.agreeToDraft.mutationOptions({ onSettled })),
    callBreak: useMutation(trpc.exercise.callBreak.mutationOptions({ onSettled })),
    abandon: useMutation(trpc.exercise.abandon.mutationOptions({ onSettled })),
  };
}

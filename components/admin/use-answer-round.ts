"use client";

import { useState } from "react";

/**
 * Counts a form action's answers (useActionState gives a new state object for
 * each), for use as the form's `key`. After an action, React resets the form
 * that was submitted; a form remounted under a new key instead starts from
 * the values the answer carries, so selects, checkboxes and date fields keep
 * what was sent rather than falling back to their first option.
 */
export function useAnswerRound(state: object): number {
  const [seen, setSeen] = useState(state);
  const [round, setRound] = useState(0);
  if (seen !== state) {
    setSeen(state);
    setRound(round + 1);
  }
  return round;
}

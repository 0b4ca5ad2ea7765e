"use client";

import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent, type MouseEvent } from "react";
import type { FieldErrors } from "@/lib/admin";
import type { PictureSummary } from "@/lib/media";
import { FieldError, describedBy, inputClass } from "./field-error";

const MAX_BYTES = 15 * 1024 * 1024;
const ACCEPT = "image/jpeg,image/png,image/webp,image/avif";

type Values = { pictureId: string; pictureFocus: string; imageAlt: string; imageCredit: string; imageCaption: string };

function parseFocus(value: string, picture: PictureSummary | null): { x: number; y: number } {
  const match = /^(\d{1,3}),(\d{1,3})$/.exec(value);
  if (match) return { x: Math.min(100, Number(match[1])), y: Math.min(100, Number(match[2])) };
  return picture ? { x: picture.focusX, y: picture.focusY } : { x: 50, y: 50 };
}

/**
 * The article's picture: upload by file picker or drag and drop (with a
 * progress bar), or pick an earlier upload from the library; then the focal
 * point (click the picture), alternative text, credit and caption. Sends
 * `pictureId`, `pictureFocus` and the three texts with the form.
 */
export function PictureField({ initial, summary, errors }: { initial: Values; summary: PictureSummary | null; errors?: FieldErrors }) {
  const [picture, setPicture] = useState<PictureSummary | null>(summary && String(summary.id) === initial.pictureId ? summary : null);
  const [pictureId, setPictureId] = useState(initial.pictureId);
  const [focus, setFocus] = useState(() => parseFocus(initial.pictureFocus, picture));
  const [alt, setAlt] = useState(initial.imageAlt);
  const [credit, setCredit] = useState(initial.imageCredit);
  const [caption, setCaption] = useState(initial.imageCaption);
  const [progress, setProgress] = useState<number | null>(null);
  const [phase, setPhase] = useState<"idle" | "sending" | "processing">("idle");
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [library, setLibrary] = useState<{ open: boolean; query: string; items: PictureSummary[] | null; error: string | null }>({
    open: false, query: "", items: null, error: null,
  });
  const fileInput = useRef<HTMLInputElement>(null);

  // After a refused save the form comes back with the id only: fetch what the preview needs.
  useEffect(() => {
    if (!pictureId || picture) return;
    let live = true;
    fetch(`/api/bilder?id=${encodeURIComponent(pictureId)}`)
      .then((r) => r.json() as Promise<{ items?: PictureSummary[] }>)
      .then((data) => live && data.items?.[0] && setPicture(data.items[0]))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [pictureId, picture]);

  function choose(next: PictureSummary) {
    setPicture(next);
    setPictureId(String(next.id));
    setFocus({ x: next.focusX, y: next.focusY });
    // The library's texts fill only empty fields: what the editor typed stays.
    setAlt((v) => v || next.alt);
    setCredit((v) => v || next.credit);
    setCaption((v) => v || next.caption);
    setLibrary((l) => ({ ...l, open: false }));
  }

  function upload(file: File) {
    setUploadError(null);
    if (file.size > MAX_BYTES) {
      setUploadError("Das Bild ist größer als 15 MB. Bitte eine kleinere Datei wählen.");
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/bilder");
    xhr.setRequestHeader("Content-Type", file.type || "application/octet-stream");
    xhr.setRequestHeader("X-Dateiname", encodeURIComponent(file.name));
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) setProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.upload.onload = () => {
      setProgress(100);
      setPhase("processing");
    };
    xhr.onload = () => {
      setPhase("idle");
      setProgress(null);
      let answer: Partial<PictureSummary> & { error?: string } = {};
      try {
        answer = JSON.parse(xhr.responseText) as typeof answer;
      } catch {
        answer = {};
      }
      if (xhr.status === 201 && typeof answer.id === "number") choose(answer as PictureSummary);
      else setUploadError(answer.error || "Das Bild konnte nicht gespeichert werden. Bitte noch einmal versuchen.");
    };
    const broken = () => {
      setPhase("idle");
      setProgress(null);
      setUploadError("Die Übertragung wurde unterbrochen. Es wurde nichts gespeichert – bitte noch einmal hochladen.");
    };
    xhr.onerror = broken;
    xhr.onabort = broken;
    setPhase("sending");
    setProgress(0);
    xhr.send(file);
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) upload(file);
  }

  function setFocusFromClick(event: MouseEvent<HTMLButtonElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    const x = Math.round(((event.clientX - box.left) / box.width) * 100);
    const y = Math.round(((event.clientY - box.top) / box.height) * 100);
    setFocus({ x: Math.min(100, Math.max(0, x)), y: Math.min(100, Math.max(0, y)) });
  }

  function moveFocus(event: KeyboardEvent<HTMLButtonElement>) {
    const step = { ArrowLeft: [-5, 0], ArrowRight: [5, 0], ArrowUp: [0, -5], ArrowDown: [0, 5] }[event.key];
    if (!step) return;
    event.preventDefault();
    setFocus((f) => ({ x: Math.min(100, Math.max(0, f.x + step[0])), y: Math.min(100, Math.max(0, f.y + step[1])) }));
  }

  async function searchLibrary(query: string) {
    setLibrary((l) => ({ ...l, open: true, query, error: null }));
    try {
      const response = await fetch(`/api/bilder?q=${encodeURIComponent(query)}`);
      const data = (await response.json()) as { items?: PictureSummary[]; error?: string };
      setLibrary((l) => ({ ...l, items: data.items ?? [], error: data.error ?? null }));
    } catch {
      setLibrary((l) => ({ ...l, items: [], error: "Die Bildbibliothek ist gerade nicht erreichbar." }));
    }
  }

  return (
    <fieldset className="rounded border border-rule p-3" aria-describedby={describedBy("pictureId", errors)}>
      <legend className="px-1 font-semibold">Bild</legend>
      <input type="hidden" name="pictureId" value={pictureId} />
      <input type="hidden" name="pictureFocus" value={pictureId ? `${focus.x},${focus.y}` : ""} />
      <FieldError id="pictureId" errors={errors} />

      {picture && pictureId ? (
        <div className="space-y-2">
          <button
            type="button"
            onClick={setFocusFromClick}
            onKeyDown={moveFocus}
            aria-describedby="fokus-hinweis"
            aria-label={`Fokuspunkt setzen, jetzt ${focus.x} % von links, ${focus.y} % von oben`}
            className="relative block w-full cursor-crosshair overflow-hidden rounded border border-rule"
          >
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={picture.previewUrl} alt="" width={picture.width} height={picture.height} className="block h-auto w-full" data-testid="bild-vorschau" />
            <span
              aria-hidden="true"
              className="absolute size-6 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-white bg-accent/70 shadow"
              style={{ left: `${focus.x}%`, top: `${focus.y}%` }}
            />
          </button>
          <p id="fokus-hinweis" className="text-xs text-muted">
            Fokuspunkt {focus.x} % / {focus.y} %: Auf das Bild klicken (oder Pfeiltasten), um die wichtigste Stelle zu markieren. Die
            Zuschnitte 16:9, 4:3 und 1:1 werden darum herum gebildet. {picture.width} × {picture.height} Pixel
            {picture.fileName ? `, ${picture.fileName}` : ""}.
          </p>
          <button type="button" onClick={() => setPictureId("")} className="text-sm text-accent underline">
            Bild entfernen
          </button>
        </div>
      ) : null}

      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="bild-ablage"
        className={`mt-2 rounded border-2 border-dashed p-4 text-center text-sm ${dragging ? "border-brand bg-neutral-100" : "border-rule"}`}
      >
        <label htmlFor="bild-datei" className="font-semibold">
          {pictureId ? "Anderes Bild hochladen" : "Bild hochladen"}
        </label>
        <p id="bild-datei-hinweis" className="text-xs text-muted">
          JPEG, PNG, WebP oder AVIF, bis 15 MB. Datei hierher ziehen oder auswählen.
        </p>
        <input
          ref={fileInput}
          id="bild-datei"
          type="file"
          accept={ACCEPT}
          aria-describedby="bild-datei-hinweis"
          disabled={phase !== "idle"}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) upload(file);
            event.target.value = "";
          }}
          className="mx-auto mt-2 block text-sm"
        />
        {phase !== "idle" && (
          <div className="mt-2" role="status">
            <progress max={100} value={progress ?? undefined} aria-label="Fortschritt des Uploads" className="w-full" />
            <p className="text-xs">{phase === "sending" ? `Wird hochgeladen … ${progress ?? 0} %` : "Wird verarbeitet …"}</p>
          </div>
        )}
        {uploadError && (
          <p role="alert" className="mt-2 text-sm text-accent">
            {uploadError}
          </p>
        )}
      </div>

      <div className="mt-2">
        <button type="button" onClick={() => (library.open ? setLibrary((l) => ({ ...l, open: false })) : void searchLibrary(library.query))} className="text-sm text-brand underline">
          {library.open ? "Bildbibliothek schließen" : "Aus der Bildbibliothek wählen"}
        </button>
        {library.open && (
          <div className="mt-2 rounded border border-rule p-2">
            <label htmlFor="bibliothek-suche" className="text-sm font-semibold">In der Bildbibliothek suchen (Alternativtext, Nachweis)</label>
            <input
              id="bibliothek-suche"
              type="search"
              defaultValue={library.query}
              onKeyDown={(event) => {
                if (event.key === "Enter") {
                  event.preventDefault();
                  void searchLibrary(event.currentTarget.value);
                }
              }}
              className={inputClass}
            />
            {library.error && <p className="mt-1 text-sm text-accent">{library.error}</p>}
            {library.items && library.items.length === 0 && <p className="mt-1 text-sm text-muted">Keine Bilder gefunden.</p>}
            <ul className="mt-2 grid max-h-72 grid-cols-3 gap-2 overflow-y-auto">
              {library.items?.map((item) => (
                <li key={item.id}>
                  <button type="button" onClick={() => choose(item)} className="block w-full text-left text-xs hover:underline">
                    {/* eslint-disable-next-line @next/next/no-img-element */}
                    <img src={item.previewUrl} alt="" width={item.width} height={item.height} loading="lazy" className="aspect-video w-full rounded object-cover" />
                    <span className="line-clamp-2">Wählen: {item.alt || item.fileName || `Bild ${item.id}`}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>

      <div className="mt-3 space-y-3">
        <PictureText
          id="imageAlt"
          label="Alternativtext (Bildbeschreibung)"
          hint="Was zeigt das Bild? Für blinde Leserinnen und Leser; Pflicht zum Veröffentlichen."
          value={alt}
          onChange={setAlt}
          errors={errors}
        />
        <PictureText id="imageCredit" label="Bildnachweis" value={credit} onChange={setCredit} errors={errors} />
        <PictureText id="imageCaption" label="Bildunterschrift (optional)" value={caption} onChange={setCaption} errors={errors} />
      </div>
    </fieldset>
  );
}

/** One of the picture's texts (alt text, credit, caption): label, input, hint and error. */
function PictureText({
  id,
  label,
  value,
  onChange,
  errors,
  hint,
}: {
  id: "imageAlt" | "imageCredit" | "imageCaption";
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors?: FieldErrors;
  hint?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <input
        id={id}
        name={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={errors?.[id] ? true : undefined}
        aria-describedby={describedBy(id, errors, hint ? `${id}-hinweis` : undefined)}
        className={inputClass}
      />
      {hint && (
        <p id={`${id}-hinweis`} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      )}
      <FieldError id={id} errors={errors} />
    </div>
  );
}

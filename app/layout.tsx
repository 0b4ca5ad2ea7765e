import type { Metadata } from "next";
import { sans, serif } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Rundblick – Nachrichten aus Deutschland und der Welt", template: "%s | Rundblick" },
  description: "Rundblick: aktuelle Nachrichten, Hintergründe und Analysen aus Politik, Wirtschaft, Sport, Kultur, Wissen und Panorama.",
};

export default function RootLayout({ children }: LayoutProps<"/">) {
  return (
    <html lang="de" className={`${sans.variable} ${serif.variable} h-full antialiased`}>
      <body className="flex min-h-full flex-col">{children}</body>
    </html>
  );
}

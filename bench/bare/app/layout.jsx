// The bare page of `npm run bench:lighthouse`: the least an app-router page
// ships (Next's runtime and hydration of a tiny tree), measured beside ours.
export const metadata = {
  title: "Vergleichsseite",
  description: "Eine schlichte Seite, gebaut mit Next.js, als Maßstab für die Ladezeit.",
};

export default function RootLayout({ children }) {
  return (
    <html lang="de">
      <body style={{ margin: 0, fontFamily: "system-ui, sans-serif", lineHeight: 1.5 }}>{children}</body>
    </html>
  );
}

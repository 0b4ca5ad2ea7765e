export default function Page() {
  return (
    <main style={{ maxWidth: "40rem", margin: "0 auto", padding: "2rem 1rem" }}>
      <h1>Der Wochenmarkt zieht um</h1>
      <p>
        Ab dem kommenden Monat findet der Wochenmarkt nicht mehr auf dem Rathausplatz statt, sondern am Ufer des
        Flusses. Die Händlerinnen und Händler haben sich nach langer Diskussion für den neuen Ort entschieden.
      </p>
      <p>
        Der Platz am Wasser bietet mehr Schatten und breitere Wege. Wer mit dem Fahrrad kommt, findet dort zudem
        deutlich mehr Stellplätze als bisher.
      </p>
      <p>
        Geöffnet ist der Markt weiterhin dienstags und samstags von sieben bis dreizehn Uhr. Das Angebot bleibt gleich:
        Obst und Gemüse aus der Region, Käse, Brot, Blumen und Fisch.
      </p>
    </main>
  );
}

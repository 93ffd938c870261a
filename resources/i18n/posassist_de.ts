<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Identity shown</source>
        <translation>Vorgelegte Identität</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Ausweis</translation>
    </message>
    <message>
        <source>Identity document or phone number</source>
        <translation>Ausweis- oder Telefonnummer</translation>
    </message>
    <message>
        <source>kept only as a code</source>
        <translation>nur als Code gespeichert</translation>
    </message>
    <message>
        <source>Identity s&amp;hown:</source>
        <translation>Vorgelegte &amp;Identität:</translation>
    </message>
    <message>
        <source>Identity n&amp;umber:</source>
        <translation>Ausweis- oder Telefon&amp;nummer:</translation>
    </message>
    <message>
        <source>Recorded as a code.</source>
        <translation>Als Code erfasst.</translation>
    </message>
    <message>
        <source>no customers on file</source>
        <translation>keine Kunden erfasst</translation>
    </message>
    <message>
        <source>1 customer: {share}% bought again ({spend}), later rating {rating}</source>
        <translation>1 Kunde: {share} % kaufte wieder ({spend}), spätere Bewertung {rating}</translation>
    </message>
    <message>
        <source>{customers} customers: {share}% bought again ({spend} each), later rating {rating}</source>
        <translation>{customers} Kunden: {share} % kauften wieder ({spend} je Kunde), spätere Bewertung {rating}</translation>
    </message>
    <message>
        <source>{head}; no return visit since</source>
        <translation>{head}; seitdem kein weiterer Besuch</translation>
    </message>
    <message>
        <source>{head}; {visits} return visits a customer</source>
        <translation>{head}; {visits} weitere Besuche je Kunde</translation>
    </message>
    <message>
        <source>No exceptions were approved in this period.</source>
        <translation>In diesem Zeitraum wurden keine Ausnahmen genehmigt.</translation>
    </message>
    <message>
        <source>Exception (rule)</source>
        <translation>Ausnahme (Regel)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>What followed</source>
        <translation>Was danach geschah</translation>
    </message>
    <message>
        <source>Exceptions and what followed</source>
        <translation>Ausnahmen und was danach geschah</translation>
    </message>
    <message>
        <source>With an exception: {after}</source>
        <translation>Mit einer Ausnahme: {after}</translation>
    </message>
    <message>
        <source>Returned without one: {after}</source>
        <translation>Ohne Ausnahme zurückgegeben: {after}</translation>
    </message>
    <message>
        <source>{path} must be a table of settings.</source>
        <translation>{path} muss eine Tabelle von Einstellungen sein.</translation>
    </message>
    <message>
        <source>{path} has an empty name; give every entry a name.</source>
        <translation>{path} enthält einen leeren Namen; geben Sie jedem Eintrag einen Namen.</translation>
    </message>
    <message>
        <source>{path}: unknown setting (a typo?); the settings here are: {keys}.</source>
        <translation>{path}: unbekannte Einstellung (ein Tippfehler?); die Einstellungen hier sind: {keys}.</translation>
    </message>
    <message>
        <source>{path} must be a whole amount in cents (0 or more), not {value}.</source>
        <translation>{path} muss ein ganzer Betrag in Cent sein (0 oder mehr), nicht {value}.</translation>
    </message>
    <message>
        <source>{path} must be a whole number from {low} to {high}, not {value}.</source>
        <translation>{path} muss eine ganze Zahl von {low} bis {high} sein, nicht {value}.</translation>
    </message>
    <message>
        <source>{path} must be true or false, not {value}.</source>
        <translation>{path} muss true oder false sein, nicht {value}.</translation>
    </message>
    <message>
        <source>{path} must be one of {choices}, not {value}.</source>
        <translation>{path} muss einer dieser Werte sein: {choices}; nicht {value}.</translation>
    </message>
    <message>
        <source>{path} must be a list of codes such as [&quot;CLEAR&quot;, &quot;GROC&quot;].</source>
        <translation>{path} muss eine Liste von Codes sein, etwa [&quot;CLEAR&quot;, &quot;GROC&quot;].</translation>
    </message>
    <message>
        <source>{path} must be a list of seasons, each with from, to and until.</source>
        <translation>{path} muss eine Liste von Zeiträumen sein, jeder mit from, to und until.</translation>
    </message>
    <message>
        <source>{path} must be a day of the year as MM-DD, such as 12-24.</source>
        <translation>{path} muss ein Tag des Jahres als MM-TT sein, etwa 12-24.</translation>
    </message>
    <message>
        <source>{path} is missing; every tier needs it.</source>
        <translation>{path} fehlt; jede Stufe braucht diesen Wert.</translation>
    </message>
    <message>
        <source>{path}: {role} has two tiers; keep one.</source>
        <translation>{path}: {role} hat zwei Stufen; behalten Sie eine.</translation>
    </message>
    <message>
        <source>bought {days} days ago, a holiday purchase returnable until {until}</source>
        <translation>vor {days} Tagen gekauft, ein Festtagskauf, rückgabefähig bis {until}</translation>
    </message>
    <message>
        <source>restocking fee {money}</source>
        <translation>Wiedereinlagerungsgebühr {money}</translation>
    </message>
    <message>
        <source>no restocking fee: {jurisdiction} does not allow one</source>
        <translation>keine Wiedereinlagerungsgebühr: {jurisdiction} erlaubt keine</translation>
    </message>
    <message>
        <source>Without a receipt or a customer record the policy needs an identity document or a phone number</source>
        <translation>Ohne Beleg und ohne Kundenkonto verlangt die Richtlinie einen Ausweis oder eine Telefonnummer</translation>
    </message>
    <message>
        <source>{no_receipt_returns_12m} returns without a receipt in the last {period_days} days (the limit is {no_receipt_cap_per_12m}); a shift lead must approve</source>
        <translation>{no_receipt_returns_12m} Rückgaben ohne Beleg in den letzten {period_days} Tagen (die Grenze ist {no_receipt_cap_per_12m}); eine Schichtleitung muss genehmigen</translation>
    </message>
    <message>
        <source>This store&apos;s policy wants {role} on every refund</source>
        <translation>Die Richtlinie dieser Filiale verlangt {role} bei jeder Erstattung</translation>
    </message>
    <message>
        <source>The identity is an id (document number) or a phone.</source>
        <translation>Die Identität ist eine id (Ausweisnummer) oder ein phone (Telefon).</translation>
    </message>
    <message>
        <source>Type the customer&apos;s whole phone number.</source>
        <translation>Geben Sie die ganze Telefonnummer des Kunden ein.</translation>
    </message>
    <message>
        <source>Type the identity document&apos;s whole number.</source>
        <translation>Geben Sie die ganze Nummer des Ausweises ein.</translation>
    </message>
    <message>
        <source>line {line}: not valid JSON ({err}).</source>
        <translation>Zeile {line}: kein gültiges JSON ({err}).</translation>
    </message>
    <message>
        <source>not valid TOML: {err}.</source>
        <translation>kein gültiges TOML: {err}.</translation>
    </message>
    <message>
        <source>{path} must be text.</source>
        <translation>{path} muss Text sein.</translation>
    </message>
    <message>
        <source>{path} must be a date and time such as 2026-12-01T00:00:00-05:00.</source>
        <translation>{path} muss ein Datum mit Uhrzeit sein, etwa 2026-12-01T00:00:00-05:00.</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>Zeile {line}: {message}</translation>
    </message>
    <message>
        <source>--{name} {value} is not known; use one of {allowed}.</source>
        <translation>--{name} {value} ist unbekannt; verwenden Sie einen dieser Werte: {allowed}.</translation>
    </message>
    <message>
        <source>Receipt {receipt} has no line {line} (it has lines {lines}).</source>
        <translation>Beleg {receipt} hat keine Position {line} (er hat die Positionen {lines}).</translation>
    </message>
    <message>
        <source>Everything on receipt {receipt} has been returned already.</source>
        <translation>Alles auf Beleg {receipt} wurde bereits zurückgegeben.</translation>
    </message>
    <message>
        <source>--qty needs --line: say which line.</source>
        <translation>--qty braucht --line: geben Sie die Position an.</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <source>Catalogue import</source>
        <translation>Katalogimport</translation>
    </message>
    <message>
        <source>File or URL to import</source>
        <translation>Zu importierende Datei oder URL</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Eine Datei wählen</translation>
    </message>
    <message>
        <source>&amp;Map columns…</source>
        <translation>Spalten &amp;zuordnen…</translation>
    </message>
    <message>
        <source>Say which column is which (generic CSV); remembered per source</source>
        <translation>Angeben, welche Spalte was ist (allgemeines CSV); wird je Quelle gespeichert</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Detect the format</source>
        <translation>Format erkennen</translation>
    </message>
    <message>
        <source>&amp;Full sync (deactivate what the file no longer lists)</source>
        <translation>&amp;Vollabgleich (deaktiviert, was die Datei nicht mehr enthält)</translation>
    </message>
    <message>
        <source>Full sync</source>
        <translation>Vollabgleich</translation>
    </message>
    <message>
        <source>S&amp;kip rows with errors</source>
        <translation>Fehlerhafte Zeilen &amp;überspringen</translation>
    </message>
    <message>
        <source>Skip rows with errors</source>
        <translation>Fehlerhafte Zeilen überspringen</translation>
    </message>
    <message>
        <source>&amp;Check (dry run)</source>
        <translation>&amp;Prüfen (Probelauf)</translation>
    </message>
    <message>
        <source>Check the file without changing anything</source>
        <translation>Die Datei prüfen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Apply the file to the catalogue</source>
        <translation>Die Datei auf den Katalog anwenden</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stop the import; nothing is changed</source>
        <translation>Den Import anhalten; nichts wird geändert</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Choose a file or paste a URL, then Check.</source>
        <translation>Datei wählen oder URL einfügen, dann „Prüfen“.</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Änderungen anzeigen</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Fields (before → after)</source>
        <translation>Felder (vorher → nachher)</translation>
    </message>
    <message>
        <source>Problems by row</source>
        <translation>Probleme nach Zeile</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>&amp;Export problems (CSV)…</source>
        <translation>Probleme &amp;exportieren (CSV)…</translation>
    </message>
    <message>
        <source>Save the problems as CSV</source>
        <translation>Die Probleme als CSV speichern</translation>
    </message>
    <message>
        <source>Imported versions</source>
        <translation>Importierte Versionen</translation>
    </message>
    <message>
        <source>&amp;Roll back selected version</source>
        <translation>Ausgewählte Version &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>Roll back the selected version</source>
        <translation>Die ausgewählte Version zurücknehmen</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>Ä&amp;nderungen</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>Pro&amp;bleme</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Catalogue file</source>
        <translation>Katalogdatei</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.tsv *.txt *.json *.jsonl *.xml);;All files (*)</source>
        <translation>Kataloge (*.csv *.tsv *.txt *.json *.jsonl *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a local file first; the mapping is remembered for its source.</source>
        <translation>Zuerst eine lokale Datei wählen; die Zuordnung wird für diese Quelle gespeichert.</translation>
    </message>
    <message>
        <source>Choose a file or paste a URL first.</source>
        <translation>Zuerst eine Datei wählen oder eine URL einfügen.</translation>
    </message>
    <message>
        <source>This deactivates {deactivated:,} items the file no longer lists (they are not deleted). Continue?</source>
        <translation>Damit werden {deactivated:,} Artikel deaktiviert, die die Datei nicht mehr enthält (sie werden nicht gelöscht). Fortfahren?</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Applying… (Cancel leaves everything as it was)</source>
        <translation>Wird angewandt… (Abbrechen lässt alles, wie es war)</translation>
    </message>
    <message>
        <source>{name} (import window)</source>
        <translation>{name} (Importfenster)</translation>
    </message>
    <message>
        <source>{stage}: {done:,} of {total:,}</source>
        <translation>{stage}: {done:,} von {total:,}</translation>
    </message>
    <message>
        <source>{stage}: {done:,}</source>
        <translation>{stage}: {done:,}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Checked (nothing written)</source>
        <translation>Geprüft (nichts geschrieben)</translation>
    </message>
    <message>
        <source>Applied as version {version}</source>
        <translation>Als Version {version} angewandt</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Nichts zu ändern</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Nicht angewandt</translation>
    </message>
    <message>
        <source>Fix the errors (or tick &apos;Skip rows with errors&apos;) to apply.</source>
        <translation>Zum Anwenden die Fehler beheben (oder „Fehlerhafte Zeilen überspringen“ ankreuzen).</translation>
    </message>
    <message>
        <source>Save problems</source>
        <translation>Probleme speichern</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rolled back version(s) {map}.</source>
        <translation>Version(en) {map} zurückgenommen.</translation>
    </message>
    <message>
        <source>Cancelled; the catalogue is exactly as it was.</source>
        <translation>Abgebrochen; der Katalog ist genau wie vorher.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{state}&lt;/b&gt; · {format} · {rows:,} rows, {products:,} products, {variants:,} variants: &lt;b&gt;{created:,}&lt;/b&gt; new, &lt;b&gt;{updated:,}&lt;/b&gt; changed, {unchanged:,} unchanged, &lt;b&gt;{deactivated:,}&lt;/b&gt; to deactivate, {skipped:,} skipped · &lt;b&gt;{errors}&lt;/b&gt; errors, {warnings} warnings.{blocked}</source>
        <translation>&lt;b&gt;{state}&lt;/b&gt; · {format} · {rows:,} Zeilen, {products:,} Produkte, {variants:,} Varianten: &lt;b&gt;{created:,}&lt;/b&gt; neu, &lt;b&gt;{updated:,}&lt;/b&gt; geändert, {unchanged:,} unverändert, &lt;b&gt;{deactivated:,}&lt;/b&gt; zu deaktivieren, {skipped:,} übersprungen · &lt;b&gt;{errors}&lt;/b&gt; Fehler, {warnings} Warnungen.{blocked}</translation>
    </message>
    <message>
        <source>Style / group</source>
        <translation>Modell / Gruppe</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Compare-at price</source>
        <translation>Vergleichspreis</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Stock here</source>
        <translation>Bestand hier</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Active / status</source>
        <translation>Aktiv / Status</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Map the file&apos;s columns</source>
        <translation>Spalten der Datei zuordnen</translation>
    </message>
    <message>
        <source>Columns of {source_key}</source>
        <translation>Spalten von {source_key}</translation>
    </message>
    <message>
        <source>Column for {field}</source>
        <translation>Spalte für {field}</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(nicht in dieser Datei)</translation>
    </message>
    <message>
        <source>Return policy</source>
        <translation>Rückgaberichtlinie</translation>
    </message>
    <message>
        <source>Policy versions</source>
        <translation>Versionen der Richtlinie</translation>
    </message>
    <message>
        <source>Policy rules (JSON)</source>
        <translation>Regeln der Richtlinie (JSON)</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>What changed and why</source>
        <translation>Was sich geändert hat und warum</translation>
    </message>
    <message>
        <source>&amp;Save as a new version</source>
        <translation>Als neue Version &amp;speichern</translation>
    </message>
    <message>
        <source>Save the policy as a new version</source>
        <translation>Die Richtlinie als neue Version speichern</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>Gültig &amp;ab:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>v{version} · from {effective_from:%Y-%m-%d %H:%M} · {note}</source>
        <translation>v{version} · ab {effective_from:%d.%m.%Y %H:%M} · {note}</translation>
    </message>
    <message>
        <source>Not valid JSON at line {lineno}, column {colno}: {msg}</source>
        <translation>Kein gültiges JSON in Zeile {lineno}, Spalte {colno}: {msg}</translation>
    </message>
    <message>
        <source>Saved as version {version}, in force from {effective_from:%Y-%m-%d %H:%M}.</source>
        <translation>Als Version {version} gespeichert, gültig ab {effective_from:%d.%m.%Y %H:%M}.</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Mitarbeiterkonten</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New staff code</source>
        <translation>Neues Mitarbeiterkürzel</translation>
    </message>
    <message>
        <source>PIN (never shown)</source>
        <translation>PIN (wird nie angezeigt)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>Diese Person hinzufügen</translation>
    </message>
    <message>
        <source>New &amp;PIN for selected</source>
        <translation>Neue &amp;PIN für Ausgewählte</translation>
    </message>
    <message>
        <source>Set the PIN above for the selected person</source>
        <translation>Die obige PIN für die ausgewählte Person setzen</translation>
    </message>
    <message>
        <source>&amp;Unlock selected</source>
        <translation>Ausgewählte &amp;entsperren</translation>
    </message>
    <message>
        <source>Unlock the selected person</source>
        <translation>Die ausgewählte Person entsperren</translation>
    </message>
    <message>
        <source>De&amp;activate / activate</source>
        <translation>De&amp;aktivieren / aktivieren</translation>
    </message>
    <message>
        <source>Deactivate or activate the selected person</source>
        <translation>Die ausgewählte Person deaktivieren oder aktivieren</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN:</translation>
    </message>
    <message>
        <source>locked until {time}</source>
        <translation>gesperrt bis {time}</translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation>{name} hinzugefügt</translation>
    </message>
    <message>
        <source>Choose a person in the list first (↑/↓).</source>
        <translation>Zuerst eine Person in der Liste wählen (↑/↓).</translation>
    </message>
    <message>
        <source>{code} is now {state}</source>
        <translation>{code} ist jetzt {state}</translation>
    </message>
    <message>
        <source>this list of keys</source>
        <translation>diese Tastenliste</translation>
    </message>
    <message>
        <source>product look-up (scan or type)</source>
        <translation>Produktsuche (scannen oder tippen)</translation>
    </message>
    <message>
        <source>find a customer</source>
        <translation>einen Kunden suchen</translation>
    </message>
    <message>
        <source>write a note for the customer (Ctrl+Enter saves)</source>
        <translation>eine Notiz zum Kunden schreiben (Strg+Eingabe speichert)</translation>
    </message>
    <message>
        <source>return or exchange</source>
        <translation>Rückgabe oder Umtausch</translation>
    </message>
    <message>
        <source>use the card&apos;s item as the replacement</source>
        <translation>den Artikel der Karte als Ersatz nehmen</translation>
    </message>
    <message>
        <source>approval queue</source>
        <translation>Genehmigungswarteschlange</translation>
    </message>
    <message>
        <source>goodwill exception</source>
        <translation>Kulanzausnahme</translation>
    </message>
    <message>
        <source>lock the counter</source>
        <translation>die Kasse sperren</translation>
    </message>
    <message>
        <source>hold the card&apos;s item for the customer: choose the store, say the day they need it by</source>
        <translation>den Artikel der Karte für den Kunden reservieren: Filiale wählen, Tag angeben, bis zu dem er ihn braucht</translation>
    </message>
    <message>
        <source>holds at this store: collect, release, print the slip</source>
        <translation>Reservierungen in dieser Filiale: abholen, freigeben, Reservierungsbeleg drucken</translation>
    </message>
    <message>
        <source>end the interaction: rating, outcome (solved / follow-up / not helped), earlier matter</source>
        <translation>den Kontakt beenden: Bewertung, Ergebnis (gelöst / Wiedervorlage / nicht geholfen), früheres Anliegen</translation>
    </message>
    <message>
        <source>my follow-ups</source>
        <translation>meine Wiedervorlagen</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Strg+D</translation>
    </message>
    <message>
        <source>dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Strg+N</translation>
    </message>
    <message>
        <source>new customer</source>
        <translation>neuer Kunde</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>edit the customer&apos;s record: every field, consents, dates, related, history</source>
        <translation>den Kundendatensatz bearbeiten: alle Felder, Einwilligungen, Termine, Verbindungen, Verlauf</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>merge a duplicate into this customer (or undo the last merge)</source>
        <translation>ein Duplikat mit diesem Kunden zusammenführen (oder die letzte Zusammenführung rückgängig machen)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Strg+Umschalt+F</translation>
    </message>
    <message>
        <source>follow-up for the customer</source>
        <translation>Wiedervorlage für den Kunden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Strg+Umschalt+A</translation>
    </message>
    <message>
        <source>pin an alert</source>
        <translation>einen Hinweis anheften</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Strg+T</translation>
    </message>
    <message>
        <source>next theme (light, dark, high contrast)</source>
        <translation>nächstes Farbschema (hell, dunkel, hoher Kontrast)</translation>
    </message>
    <message>
        <source>Ctrl++ / Ctrl+-</source>
        <translation>Strg++ / Strg+-</translation>
    </message>
    <message>
        <source>larger / smaller text (up to 200 %)</source>
        <translation>größere / kleinere Schrift (bis 200 %)</translation>
    </message>
    <message>
        <source>↑ ↓ Enter Esc</source>
        <translation>↑ ↓ Eingabe Esc</translation>
    </message>
    <message>
        <source>move, open, start over</source>
        <translation>bewegen, öffnen, neu beginnen</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Strg+Q</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>beenden</translation>
    </message>
    <message>
        <source>Keyboard help</source>
        <translation>Tastaturhilfe</translation>
    </message>
    <message>
        <source>posassist keys</source>
        <translation>posassist-Tasten</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=3&gt;{rows}&lt;/table&gt;&lt;p&gt;Scanning works wherever the cursor is.&lt;/p&gt;</source>
        <translation>&lt;table cellpadding=3&gt;{rows}&lt;/table&gt;&lt;p&gt;Scannen funktioniert überall, wo der Cursor steht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close the help</source>
        <translation>Die Hilfe schließen</translation>
    </message>
    <message>
        <source>Goodwill exception</source>
        <translation>Kulanzausnahme</translation>
    </message>
    <message>
        <source>Goodwill for {value}</source>
        <translation>Kulanz für {value}</translation>
    </message>
    <message>
        <source>What the gesture is</source>
        <translation>Worin die Geste besteht</translation>
    </message>
    <message>
        <source>What it costs the store</source>
        <translation>Was es die Filiale kostet</translation>
    </message>
    <message>
        <source>The story in a sentence</source>
        <translation>Die Geschichte in einem Satz</translation>
    </message>
    <message>
        <source>Also for the related customer</source>
        <translation>Auch für den verbundenen Kunden</translation>
    </message>
    <message>
        <source>Also for {related_name} ({name} is their {value})</source>
        <translation>Auch für {related_name} ({name} ist {value})</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Kosten:</translation>
    </message>
    <message>
        <source>&amp;Story:</source>
        <translation>&amp;Geschichte:</translation>
    </message>
    <message>
        <source>Type the cost as an amount, e.g. {example}.</source>
        <translation>Die Kosten als Betrag eingeben, z. B. {example}.</translation>
    </message>
    <message>
        <source>Shift lead approval</source>
        <translation>Genehmigung durch die Schichtleitung</translation>
    </message>
    <message>
        <source>Reason for the exception</source>
        <translation>Grund für die Ausnahme</translation>
    </message>
    <message>
        <source>Note kept with the decision</source>
        <translation>Notiz zur Entscheidung</translation>
    </message>
    <message>
        <source>Approver staff code</source>
        <translation>Kürzel der genehmigenden Person</translation>
    </message>
    <message>
        <source>The shift lead types their own code</source>
        <translation>Die Schichtleitung gibt ihr eigenes Kürzel ein</translation>
    </message>
    <message>
        <source>Approver PIN</source>
        <translation>PIN der genehmigenden Person</translation>
    </message>
    <message>
        <source>&amp;Approve here</source>
        <translation>Hier &amp;genehmigen</translation>
    </message>
    <message>
        <source>Approve at this counter</source>
        <translation>An dieser Kasse genehmigen</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Deny at this counter</source>
        <translation>An dieser Kasse ablehnen</translation>
    </message>
    <message>
        <source>Ask a shift lead &amp;elsewhere</source>
        <translation>Eine Schichtleitung &amp;anderswo fragen</translation>
    </message>
    <message>
        <source>Send to the approval queue</source>
        <translation>An die Genehmigungswarteschlange senden</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Shift lead &amp;code:</source>
        <translation>&amp;Kürzel der Schichtleitung:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>Genehmigungsstatus</translation>
    </message>
    <message>
        <source>Waiting for a shift lead to decide request #{request_id}… (it is saved)</source>
        <translation>Warte auf die Entscheidung einer Schichtleitung zu Anfrage #{request_id}… (sie ist gespeichert)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;{status}&lt;/b&gt; by {value} ({value2}): {value3}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;{status}&lt;/b&gt; von {value} ({value2}): {value3}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Decide an approval request</source>
        <translation>Über eine Genehmigungsanfrage entscheiden</translation>
    </message>
    <message>
        <source>Request #{id} from {requested_by}</source>
        <translation>Anfrage #{id} von {requested_by}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{requested_by}&lt;/b&gt; at {value} asks: &lt;b&gt;{amount_minor}&lt;/b&gt;&lt;br&gt;{explanation}</source>
        <translation>&lt;b&gt;{requested_by}&lt;/b&gt; an {value} fragt: &lt;b&gt;{amount_minor}&lt;/b&gt;&lt;br&gt;{explanation}</translation>
    </message>
    <message>
        <source>Pending approvals</source>
        <translation>Offene Genehmigungen</translation>
    </message>
    <message>
        <source>Pending approval requests</source>
        <translation>Offene Genehmigungsanfragen</translation>
    </message>
    <message>
        <source>Enter to decide</source>
        <translation>Eingabe zum Entscheiden</translation>
    </message>
    <message>
        <source>Nothing waiting for approval.</source>
        <translation>Nichts wartet auf Genehmigung.</translation>
    </message>
    <message>
        <source>Recent decisions, exceptions this week and budget used</source>
        <translation>Letzte Entscheidungen, Ausnahmen dieser Woche und verbrauchtes Budget</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your goodwill budget&lt;/b&gt;: {used_shift} of {shift_limit} this shift, {used_week} of {week_limit} in 7 days, {used_month} of {month_limit} in 30 days.</source>
        <translation>&lt;b&gt;Ihr Kulanzbudget&lt;/b&gt;: {used_shift} von {shift_limit} in dieser Schicht, {used_week} von {week_limit} in 7 Tagen, {used_month} von {month_limit} in 30 Tagen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exceptions this week&lt;/b&gt;: {count} costing {total}</source>
        <translation>&lt;b&gt;Ausnahmen diese Woche&lt;/b&gt;: {count} für {total}</translation>
    </message>
    <message>
        <source>by reason: {list}</source>
        <translation>nach Grund: {list}</translation>
    </message>
    <message>
        <source>by approver: {list}</source>
        <translation>nach genehmigender Person: {list}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent decisions&lt;/b&gt;: {list}</source>
        <translation>&lt;b&gt;Letzte Entscheidungen&lt;/b&gt;: {list}</translation>
    </message>
    <message>
        <source>#{id} {status} by {name} ({reason})</source>
        <translation>#{id} {status} von {name} ({reason})</translation>
    </message>
    <message>
        <source>approved (used)</source>
        <translation>genehmigt (verwendet)</translation>
    </message>
    <message>
        <source>(yours)</source>
        <translation>(Ihre)</translation>
    </message>
    <message>
        <source>Your role may not do this; ask a store manager.</source>
        <translation>Ihre Rolle darf das nicht; die Filialleitung fragen.</translation>
    </message>
    <message>
        <source>Find the customer first (F3).</source>
        <translation>Zuerst den Kunden suchen (F3).</translation>
    </message>
    <message>
        <source>Counter visit.</source>
        <translation>Besuch an der Kasse.</translation>
    </message>
    <message>
        <source>Interaction closed; write the follow-up: what, and by when.</source>
        <translation>Kontakt abgeschlossen; tragen Sie die Wiedervorlage ein: was, und bis wann.</translation>
    </message>
    <message>
        <source>Thank you noted.</source>
        <translation>Dank notiert.</translation>
    </message>
    <message>
        <source>Interaction closed.</source>
        <translation>Kontakt abgeschlossen.</translation>
    </message>
    <message>
        <source>Open the product card first (scan or search, then Enter).</source>
        <translation>Zuerst die Produktkarte öffnen (scannen oder suchen, dann Eingabe).</translation>
    </message>
    <message>
        <source>Hold {number}: {description} at {from_store}, ready at {to_store} {arrives}. The slip prints.</source>
        <translation>Reservierung {number}: {description} aus {from_store}, bereit in {to_store} {arrives}. Der Reservierungsbeleg wird gedruckt.</translation>
    </message>
    <message>
        <source>{count} hold(s) expired and went back to stock.</source>
        <translation>{count} Reservierung(en) abgelaufen und zurück in den Bestand.</translation>
    </message>
    <message>
        <source>Find the customer first (F3): goodwill is always for someone.</source>
        <translation>Zuerst den Kunden suchen (F3): Kulanz gilt immer jemandem.</translation>
    </message>
    <message>
        <source>Goodwill recorded (#{id}).</source>
        <translation>Kulanz erfasst (#{id}).</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>Kunden löschen</translation>
    </message>
    <message>
        <source>Erase {name}&apos;s personal data and notes? Sales and returns are kept under a pseudonymous id. This cannot be undone.</source>
        <translation>Persönliche Daten und Notizen von {name} löschen? Verkäufe und Rückgaben bleiben unter einer pseudonymen Kennung erhalten. Dies lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Erased; the books keep the id {pid}.</source>
        <translation>Gelöscht; die Bücher behalten die Kennung {pid}.</translation>
    </message>
    <message>
        <source>Preferred name (what to call them)</source>
        <translation>Bevorzugter Name (Anrede)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;Call them:</source>
        <translation>&amp;Anrede:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Pin an alert</source>
        <translation>Einen Hinweis anheften</translation>
    </message>
    <message>
        <source>Kind of alert</source>
        <translation>Art des Hinweises</translation>
    </message>
    <message>
        <source>Alert text, e.g. severe milk allergy</source>
        <translation>Hinweistext, z. B. schwere Milchallergie</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schwere:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>How did we do?</source>
        <translation>Wie waren wir?</translation>
    </message>
    <message>
        <source>Customer rating, 1 to 5 (0: not given)</source>
        <translation>Kundenbewertung, 1 bis 5 (0: keine)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Customer&apos;s comment</source>
        <translation>Kommentar des Kunden</translation>
    </message>
    <message>
        <source>&amp;Rating (1-5):</source>
        <translation>&amp;Bewertung (1–5):</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>in {days} Tagen</translation>
    </message>
    <message>
        <source>{occasion} — {customer}: {day} ({when})</source>
        <translation>{occasion} — {customer}: {day} ({when})</translation>
    </message>
    <message>
        <source>My follow-ups — {name}</source>
        <translation>Meine Wiedervorlagen — {name}</translation>
    </message>
    <message>
        <source>My follow-ups</source>
        <translation>Meine Wiedervorlagen</translation>
    </message>
    <message>
        <source>My open follow-ups</source>
        <translation>Meine offenen Wiedervorlagen</translation>
    </message>
    <message>
        <source>Enter marks the selected one done</source>
        <translation>Eingabe markiert die ausgewählte als erledigt</translation>
    </message>
    <message>
        <source>Staff code to hand the selected follow-up to</source>
        <translation>Kürzel der Person, die die ausgewählte Wiedervorlage übernimmt</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Übergeben</translation>
    </message>
    <message>
        <source>Hand the selected follow-up over</source>
        <translation>Die ausgewählte Wiedervorlage übergeben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Occasions coming up</source>
        <translation>Anstehende Anlässe</translation>
    </message>
    <message>
        <source>Gift and occasion dates of your customers; Enter opens the customer</source>
        <translation>Geschenk- und Anlasstermine Ihrer Kunden; Enter öffnet den Kunden</translation>
    </message>
    <message>
        <source>&amp;Occasions coming up:</source>
        <translation>&amp;Anstehende Anlässe:</translation>
    </message>
    <message>
        <source>Hand over &amp;to (staff code):</source>
        <translation>Übergeben &amp;an (Kürzel):</translation>
    </message>
    <message>
        <source>OVERDUE since {day}</source>
        <translation>ÜBERFÄLLIG seit {day}</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>fällig {day}</translation>
    </message>
    <message>
        <source>Nothing promised is waiting on you.</source>
        <translation>Kein Versprechen wartet auf Sie.</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Notiztext</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>No earlier versions.</source>
        <translation>Keine früheren Fassungen.</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Earlier:</source>
        <translation>Früher:</translation>
    </message>
    <message>
        <source>Customer history, follow-ups and notes</source>
        <translation>Kundenverlauf, Wiedervorlagen und Notizen</translation>
    </message>
    <message>
        <source>Show channel</source>
        <translation>Kanal anzeigen</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Show type</source>
        <translation>Art anzeigen</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Timeline of interactions, purchases, returns, exceptions</source>
        <translation>Zeitleiste der Kontakte, Käufe, Rückgaben und Ausnahmen</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Follow-ups for this customer</source>
        <translation>Wiedervorlagen für diesen Kunden</translation>
    </message>
    <message>
        <source>Enter marks one done</source>
        <translation>Eingabe markiert eine als erledigt</translation>
    </message>
    <message>
        <source>New follow-up: what was promised</source>
        <translation>Neue Wiedervorlage: was versprochen wurde</translation>
    </message>
    <message>
        <source>Add &amp;follow-up</source>
        <translation>&amp;Wiedervorlage hinzufügen</translation>
    </message>
    <message>
        <source>Add the follow-up, owned by me</source>
        <translation>Die Wiedervorlage hinzufügen, mir zugeordnet</translation>
    </message>
    <message>
        <source>Follow-up message</source>
        <translation>Meldung zur Wiedervorlage</translation>
    </message>
    <message>
        <source>Pro&amp;mise:</source>
        <translation>Ver&amp;sprechen:</translation>
    </message>
    <message>
        <source>F&amp;ollow-ups</source>
        <translation>Wieder&amp;vorlagen</translation>
    </message>
    <message>
        <source>Due date and time (store time)</source>
        <translation>Fälligkeitsdatum und -uhrzeit (Filialzeit)</translation>
    </message>
    <message>
        <source>D&amp;ue (store time):</source>
        <translation>&amp;Fällig (Filialzeit):</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves the note</source>
        <translation>Strg+Eingabe speichert die Notiz</translation>
    </message>
    <message>
        <source>&amp;Save note (Ctrl+Enter)</source>
        <translation>Notiz &amp;speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Die Notiz speichern</translation>
    </message>
    <message>
        <source>Note message</source>
        <translation>Meldung zur Notiz</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>{overdue}{status} · due {day} · {owner} · {text}</source>
        <translation>{overdue}{status} · fällig {day} · {owner} · {text}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ÜBERFÄLLIG</translation>
    </message>
    <message>
        <source>Handed over by {name}: {note}</source>
        <translation>Übergeben von {name}: {note}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Name, phone, email or loyalty card (F3)</source>
        <translation>Name, Telefon, E-Mail oder Kundenkarte (F3)</translation>
    </message>
    <message>
        <source>Find customer: name, phone, email, card  (F3)</source>
        <translation>Kunden suchen: Name, Telefon, E-Mail, Karte  (F3)</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Passende Kunden</translation>
    </message>
    <message>
        <source>Enter selects the customer</source>
        <translation>Eingabe wählt den Kunden</translation>
    </message>
    <message>
        <source>Customer alerts</source>
        <translation>Kundenhinweise</translation>
    </message>
    <message>
        <source>No customer selected.</source>
        <translation>Kein Kunde ausgewählt.</translation>
    </message>
    <message>
        <source>Customer profile and history</source>
        <translation>Kundenprofil und Verlauf</translation>
    </message>
    <message>
        <source>&amp;Edit record…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Merge du&amp;plicate…</source>
        <translation>Dup&amp;likat zusammenführen…</translation>
    </message>
    <message>
        <source>Customer record — {name}</source>
        <translation>Kundendaten — {name}</translation>
    </message>
    <message>
        <source>Parts of the customer&apos;s record</source>
        <translation>Bereiche der Kundendaten</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Lifetime &amp;free shipping</source>
        <translation>&amp;Versandkostenfrei auf Lebenszeit</translation>
    </message>
    <message>
        <source>One per line, e.g. &apos;fit: slim&apos; or &apos;sizes: M, L&apos;</source>
        <translation>Eine pro Zeile, z. B. &apos;Passform: schmal&apos; oder &apos;Größen: M, L&apos;</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Pron&amp;unciation:</source>
        <translation>A&amp;ussprache:</translation>
    </message>
    <message>
        <source>Loyalty car&amp;d:</source>
        <translation>&amp;Kundenkarte:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Geburtsjahr:</translation>
    </message>
    <message>
        <source>Prefers c&amp;hannel:</source>
        <translation>Bevorzugter Ka&amp;nal:</translation>
    </message>
    <message>
        <source>P&amp;references:</source>
        <translation>Vor&amp;lieben:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Offers by &amp;email</source>
        <translation>Angebote per &amp;E-Mail</translation>
    </message>
    <message>
        <source>Offers by &amp;SMS</source>
        <translation>Angebote per S&amp;MS</translation>
    </message>
    <message>
        <source>Offers by p&amp;hone call</source>
        <translation>Angebote per An&amp;ruf</translation>
    </message>
    <message>
        <source>When and where this consent was given or withdrawn</source>
        <translation>Wann und wo diese Einwilligung erteilt oder widerrufen wurde</translation>
    </message>
    <message>
        <source>Where the customer said so</source>
        <translation>Wo der Kunde es angegeben hat</translation>
    </message>
    <message>
        <source>Said &amp;where:</source>
        <translation>&amp;Wo angegeben:</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Gift and occasion dates</source>
        <translation>Geschenk- und Anlassdaten</translation>
    </message>
    <message>
        <source>Delete removes the selected date</source>
        <translation>Entf entfernt das ausgewählte Datum</translation>
    </message>
    <message>
        <source>Occasion, e.g. wife&apos;s birthday</source>
        <translation>Anlass, z. B. Geburtstag der Ehefrau</translation>
    </message>
    <message>
        <source>Month, 1 to 12</source>
        <translation>Monat, 1 bis 12</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <source>Remind this many days before</source>
        <translation>So viele Tage vorher erinnern</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>&amp;Anlass:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>M&amp;onat:</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Remind days before:</source>
        <translation>Erinnerung Tage &amp;davor:</translation>
    </message>
    <message>
        <source>Add &amp;date</source>
        <translation>Datum &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the date</source>
        <translation>Das Datum hinzufügen</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Related customers</source>
        <translation>Verbundene Kunden</translation>
    </message>
    <message>
        <source>Enter opens the related customer; Delete unlinks them</source>
        <translation>Eingabe öffnet den verbundenen Kunden; Entf löst die Verbindung</translation>
    </message>
    <message>
        <source>Find the related customer: name, phone, card</source>
        <translation>Den verbundenen Kunden suchen: Name, Telefon, Karte</translation>
    </message>
    <message>
        <source>What they are to this customer</source>
        <translation>Was die Person für diesen Kunden ist</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Gefundene Kunden</translation>
    </message>
    <message>
        <source>Enter links the selected customer</source>
        <translation>Eingabe verbindet den ausgewählten Kunden</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Noch keine Änderungen.</translation>
    </message>
    <message>
        <source>History of changes: who changed what, old and new, when</source>
        <translation>Änderungsverlauf: wer was geändert hat, alt und neu, wann</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>since {day}, {source}</source>
        <translation>seit {day}, {source}</translation>
    </message>
    <message>
        <source>{label}: {day} · reminder {n} days before</source>
        <translation>{label}: {day} · Erinnerung {n} Tage vorher</translation>
    </message>
    <message>
        <source>{name} — {relation}</source>
        <translation>{name} — {relation}</translation>
    </message>
    <message>
        <source>{when} · {who} · {field}: {old} → {new}</source>
        <translation>{when} · {who} · {field}: {old} → {new}</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Date added.</source>
        <translation>Datum hinzugefügt.</translation>
    </message>
    <message>
        <source>Date removed.</source>
        <translation>Datum entfernt.</translation>
    </message>
    <message>
        <source>Enter links the selected customer.</source>
        <translation>Eingabe verbindet den ausgewählten Kunden.</translation>
    </message>
    <message>
        <source>No customer found. Check the spelling, or try the phone number.</source>
        <translation>Kein Kunde gefunden. Schreibweise prüfen oder die Telefonnummer versuchen.</translation>
    </message>
    <message>
        <source>Linked.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>Unlinked.</source>
        <translation>Verbindung gelöst.</translation>
    </message>
    <message>
        <source>(say “{sound}”)</source>
        <translation>(sprich „{sound}“)</translation>
    </message>
    <message>
        <source>{phone} · {email} · card {card}</source>
        <translation>{phone} · {email} · Karte {card}</translation>
    </message>
    <message>
        <source>Prefers: {channel} · may contact for offers by: {consents}</source>
        <translation>Bevorzugt: {channel} · Angebote erlaubt per: {consents}</translation>
    </message>
    <message>
        <source>any channel</source>
        <translation>jeder Kanal</translation>
    </message>
    <message>
        <source>nothing (no consent)</source>
        <translation>nichts (keine Einwilligung)</translation>
    </message>
    <message>
        <source>Preferences: {list}</source>
        <translation>Vorlieben: {list}</translation>
    </message>
    <message>
        <source>Tags: {list}</source>
        <translation>Schlagwörter: {list}</translation>
    </message>
    <message>
        <source>Open follow-ups: {count}</source>
        <translation>Offene Wiedervorlagen: {count}</translation>
    </message>
    <message>
        <source>{relation} of {name}</source>
        <translation>{relation} von {name}</translation>
    </message>
    <message>
        <source>related</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>Dates: {list}</source>
        <translation>Termine: {list}</translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation>Nichts in diesem Zeitraum</translation>
    </message>
    <message>
        <source>and {n} more (export the CSV for all)</source>
        <translation>und {n} weitere (alle im CSV-Export)</translation>
    </message>
    <message>
        <source>Shift-lead dashboard</source>
        <translation>Übersicht für Schichtleitungen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Alle Filialen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Recompute the charts</source>
        <translation>Die Diagramme neu berechnen</translation>
    </message>
    <message>
        <source>&amp;Export all as CSV…</source>
        <translation>Alles als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save every chart&apos;s numbers as CSV files</source>
        <translation>Die Zahlen jedes Diagramms als CSV-Dateien speichern</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Dashboard figures</source>
        <translation>Kennzahlen der Übersicht</translation>
    </message>
    <message>
        <source>Returns per day</source>
        <translation>Rückgaben pro Tag</translation>
    </message>
    <message>
        <source>Goodwill cost by reason</source>
        <translation>Kulanzkosten nach Grund</translation>
    </message>
    <message>
        <source>Goodwill cost by approver</source>
        <translation>Kulanzkosten nach genehmigender Person</translation>
    </message>
    <message>
        <source>CSAT per day (average)</source>
        <translation>Zufriedenheit pro Tag (Durchschnitt)</translation>
    </message>
    <message>
        <source>CSAT distribution</source>
        <translation>Verteilung der Zufriedenheit</translation>
    </message>
    <message>
        <source>First response (interactions per band)</source>
        <translation>Erste Antwort (Kontakte je Zeitspanne)</translation>
    </message>
    <message>
        <source>Most returned items</source>
        <translation>Am häufigsten zurückgegebene Artikel</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Charts, and service per associate and counter</source>
        <translation>Diagramme und Service je Mitarbeiter und Kasse</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Service by associate and counter</source>
        <translation>Service nach Mitarbeiter und Kasse</translation>
    </message>
    <message>
        <source>&lt;b&gt;{start} to {end}&lt;/b&gt; · returns &lt;b&gt;{returns}&lt;/b&gt; ({m} refunded, {m2} credit) · goodwill &lt;b&gt;{goodwill_count}&lt;/b&gt; costing &lt;b&gt;{m3}&lt;/b&gt; · interactions &lt;b&gt;{interactions}&lt;/b&gt;, CSAT &lt;b&gt;{csat_average}&lt;/b&gt;, median first response &lt;b&gt;{first_response_median_minutes} min&lt;/b&gt;</source>
        <translation>&lt;b&gt;{start} bis {end}&lt;/b&gt; · Rückgaben &lt;b&gt;{returns}&lt;/b&gt; ({m} erstattet, {m2} Gutschrift) · Kulanz &lt;b&gt;{goodwill_count}&lt;/b&gt; für &lt;b&gt;{m3}&lt;/b&gt; · Kontakte &lt;b&gt;{interactions}&lt;/b&gt;, Zufriedenheit &lt;b&gt;{csat_average}&lt;/b&gt;, Median der ersten Antwort &lt;b&gt;{first_response_median_minutes} Min.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Ordner für die CSV-Dateien</translation>
    </message>
    <message>
        <source>Product card</source>
        <translation>Produktkarte</translation>
    </message>
    <message>
        <source>Scan a barcode or type a few letters, then press Enter on a result.</source>
        <translation>Einen Barcode scannen oder ein paar Buchstaben tippen, dann auf einem Treffer Eingabe drücken.</translation>
    </message>
    <message>
        <source>Product details</source>
        <translation>Produktdetails</translation>
    </message>
    <message>
        <source>Colour and size grid with stock per store</source>
        <translation>Farb- und Größenraster mit Bestand je Filiale</translation>
    </message>
    <message>
        <source>Stock here first, then the nearest stores; ? means unknown</source>
        <translation>Zuerst der Bestand hier, dann die nächsten Filialen; ? heißt unbekannt</translation>
    </message>
    <message>
        <source>Product picture</source>
        <translation>Produktbild</translation>
    </message>
    <message>
        <source>one size</source>
        <translation>Einheitsgröße</translation>
    </message>
    <message>
        <source>{brand} · {department} · {variant} · SKU {sku} · GTIN {gtin}</source>
        <translation>{brand} · {department} · {variant} · Art.-Nr. {sku} · GTIN {gtin}</translation>
    </message>
    <message>
        <source>({promotion}; regular {price})</source>
        <translation>({promotion}; regulär {price})</translation>
    </message>
    <message>
        <source>Until {day} if bought today.</source>
        <translation>Bis {day}, wenn heute gekauft.</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Maße</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <source>Allergens</source>
        <translation>Allergene</translation>
    </message>
    <message>
        <source>Not sold any more (inactive).</source>
        <translation>Nicht mehr im Verkauf (inaktiv).</translation>
    </message>
    <message>
        <source>Picture online: {image}</source>
        <translation>Bild online: {image}</translation>
    </message>
    <message>
        <source>Product look-up</source>
        <translation>Produktsuche</translation>
    </message>
    <message>
        <source>Product search</source>
        <translation>Produktsuche</translation>
    </message>
    <message>
        <source>Scan a barcode, or type an SKU or a few words (F2)</source>
        <translation>Einen Barcode scannen oder eine Artikelnummer oder ein paar Wörter tippen (F2)</translation>
    </message>
    <message>
        <source>Scan or type: barcode, SKU, or words like &apos;jacket navy&apos;  (F2)</source>
        <translation>Scannen oder tippen: Barcode, Artikelnummer oder Wörter wie „Jacke navy“  (F2)</translation>
    </message>
    <message>
        <source>Department filter</source>
        <translation>Abteilungsfilter</translation>
    </message>
    <message>
        <source>Only this department</source>
        <translation>Nur diese Abteilung</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
    <message>
        <source>In stock &amp;here</source>
        <translation>&amp;Hier vorrätig</translation>
    </message>
    <message>
        <source>Only items in stock at this store</source>
        <translation>Nur Artikel, die in dieser Filiale vorrätig sind</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>&amp;Inaktive zeigen</translation>
    </message>
    <message>
        <source>Also show items no longer sold</source>
        <translation>Auch nicht mehr verkaufte Artikel zeigen</translation>
    </message>
    <message>
        <source>Search result count</source>
        <translation>Anzahl der Treffer</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>↑/↓ to move, Enter to open the card</source>
        <translation>↑/↓ zum Bewegen, Eingabe öffnet die Karte</translation>
    </message>
    <message>
        <source>posassist</source>
        <translation>posassist</translation>
    </message>
    <message>
        <source>posassist — {name}</source>
        <translation>posassist — {name}</translation>
    </message>
    <message>
        <source>Pinned customer alerts</source>
        <translation>Angeheftete Kundenhinweise</translation>
    </message>
    <message>
        <source>Customer pane</source>
        <translation>Kundenbereich</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Write a note for this customer</source>
        <translation>Eine Notiz zu diesem Kunden schreiben</translation>
    </message>
    <message>
        <source>New follow-up for this customer</source>
        <translation>Neue Wiedervorlage für diesen Kunden</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Pin an alert on this customer</source>
        <translation>Einen Hinweis an diesen Kunden heften</translation>
    </message>
    <message>
        <source>End the interaction (rating)</source>
        <translation>Den Kontakt abschließen (Bewertung)</translation>
    </message>
    <message>
        <source>Return or exchange</source>
        <translation>Rückgabe oder Umtausch</translation>
    </message>
    <message>
        <source>Use the card&apos;s item as the replacement</source>
        <translation>Den Artikel der Karte als Ersatz nehmen</translation>
    </message>
    <message>
        <source>Goodwill / exception for this customer</source>
        <translation>Kulanz / Ausnahme für diesen Kunden</translation>
    </message>
    <message>
        <source>Approval queue</source>
        <translation>Genehmigungswarteschlange</translation>
    </message>
    <message>
        <source>Offline transactions to review…</source>
        <translation>Zu prüfende Offline-Vorgänge…</translation>
    </message>
    <message>
        <source>Dashboard (shift leads, managers)</source>
        <translation>Übersicht (Schichtleitungen, Filialleitung)</translation>
    </message>
    <message>
        <source>Staff accounts…</source>
        <translation>Mitarbeiterkonten…</translation>
    </message>
    <message>
        <source>Catalogue import…</source>
        <translation>Katalogimport…</translation>
    </message>
    <message>
        <source>Return policy…</source>
        <translation>Rückgaberichtlinie…</translation>
    </message>
    <message>
        <source>Erase this customer&apos;s personal data…</source>
        <translation>Persönliche Daten dieses Kunden löschen…</translation>
    </message>
    <message>
        <source>Keys (help)</source>
        <translation>Tasten (Hilfe)</translation>
    </message>
    <message>
        <source>Next theme (light, dark, high contrast)</source>
        <translation>Nächstes Farbschema (hell, dunkel, hoher Kontrast)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Lock counter / sign out</source>
        <translation>Kasse sperren / abmelden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Store: {code} {name}</source>
        <translation>Filiale: {code} {name}</translation>
    </message>
    <message>
        <source>Store: none (load the demo or import a catalogue)</source>
        <translation>Filiale: keine (Demo laden oder Katalog importieren)</translation>
    </message>
    <message>
        <source>Counter: {counter}</source>
        <translation>Kasse: {counter}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Wird bearbeitet</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role_label})</source>
        <translation>Angemeldet: {name} ({role_label})</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Datenbank: {where}</translation>
    </message>
    <message>
        <source>Hold the card&apos;s item for this customer (choose the store)</source>
        <translation>Den Artikel der Karte für diesen Kunden reservieren (Filiale wählen)</translation>
    </message>
    <message>
        <source>Holds at this store: collect, release</source>
        <translation>Reservierungen in dieser Filiale: abholen, freigeben</translation>
    </message>
    <message>
        <source>Theme: {next_theme}</source>
        <translation>Farbschema: {next_theme}</translation>
    </message>
    <message>
        <source>{language} from the next start of posassist.</source>
        <translation>{language} ab dem nächsten Start von posassist.</translation>
    </message>
    <message>
        <source>Text size {bigger:.0%}</source>
        <translation>Schriftgröße {bigger:.0%}</translation>
    </message>
    <message>
        <source>Text size {smaller:.0%}</source>
        <translation>Schriftgröße {smaller:.0%}</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>Approvals ({n} waiting)</source>
        <translation>Genehmigungen ({n} wartend)</translation>
    </message>
    <message>
        <source>The dashboard is for shift leads and managers.</source>
        <translation>Die Übersicht ist für Schichtleitungen und die Filialleitung.</translation>
    </message>
    <message>
        <source>Approvals are decided by shift leads and managers.</source>
        <translation>Über Genehmigungen entscheiden Schichtleitungen und die Filialleitung.</translation>
    </message>
    <message>
        <source>No store is set up; load the demo or import a catalogue first.</source>
        <translation>Keine Filiale eingerichtet; zuerst die Demo laden oder einen Katalog importieren.</translation>
    </message>
    <message>
        <source>Open a product card first (scan or search, then Enter).</source>
        <translation>Zuerst eine Produktkarte öffnen (scannen oder suchen, dann Eingabe).</translation>
    </message>
    <message>
        <source>Open a return (F5) and go to the &apos;what the customer wants&apos; step first.</source>
        <translation>Zuerst eine Rückgabe öffnen (F5) und zum Schritt „Was der Kunde möchte“ gehen.</translation>
    </message>
    <message>
        <source>; receipt saved to {path}</source>
        <translation>; Beleg gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Return {return_no} confirmed{where}.</source>
        <translation>Rückgabe {return_no} bestätigt{where}.</translation>
    </message>
    <message>
        <source>Why, and what would make the customer happy?</source>
        <translation>Warum, und was würde den Kunden zufriedenstellen?</translation>
    </message>
    <message>
        <source>Lines being returned</source>
        <translation>Zurückgegebene Positionen</translation>
    </message>
    <message>
        <source>↑/↓ to choose a line</source>
        <translation>↑/↓ wählt eine Position</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>What the customer wants</source>
        <translation>Was der Kunde möchte</translation>
    </message>
    <message>
        <source>Replacement item</source>
        <translation>Ersatzartikel</translation>
    </message>
    <message>
        <source>Scan or type the SKU of the item the customer wants instead (or F6 from a card)</source>
        <translation>Die Artikelnummer des gewünschten Ersatzes scannen oder tippen (oder F6 auf einer Karte)</translation>
    </message>
    <message>
        <source>Ship from store (arrive-by date)</source>
        <translation>Versand aus Filiale (Ankunft bis)</translation>
    </message>
    <message>
        <source>Note for this line</source>
        <translation>Notiz zu dieser Position</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>C&amp;ondition:</source>
        <translation>&amp;Zustand:</translation>
    </message>
    <message>
        <source>&amp;Customer wants:</source>
        <translation>&amp;Kunde möchte:</translation>
    </message>
    <message>
        <source>Re&amp;placement:</source>
        <translation>Er&amp;satz:</translation>
    </message>
    <message>
        <source>Nee&amp;ded by:</source>
        <translation>&amp;Benötigt bis:</translation>
    </message>
    <message>
        <source>S&amp;hip from:</source>
        <translation>&amp;Versand aus:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>No&amp;tiz:</translation>
    </message>
    <message>
        <source>Scan the barcode or type the SKU exactly.</source>
        <translation>Den Barcode scannen oder die Artikelnummer genau eintippen.</translation>
    </message>
    <message>
        <source>Scan or type the item the customer wants instead.</source>
        <translation>Den gewünschten Ersatzartikel scannen oder eintippen.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>{item} · {price} · here: {stock}</source>
        <translation>{item} · {price} · hier: {stock}</translation>
    </message>
    <message>
        <source>{store_name} ({on_hand} in stock) — arrives by {arrive_by:%a %d %b}</source>
        <translation>{store_name} ({on_hand} vorrätig) — Ankunft bis {arrive_by:%d.%m.}</translation>
    </message>
    <message>
        <source>Wrong colour</source>
        <translation>Falsche Farbe</translation>
    </message>
    <message>
        <source>Wrong size</source>
        <translation>Falsche Größe</translation>
    </message>
    <message>
        <source>We sent the wrong item</source>
        <translation>Wir haben den falschen Artikel geschickt</translation>
    </message>
    <message>
        <source>Faulty / doesn&apos;t work</source>
        <translation>Defekt / funktioniert nicht</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Nicht wie beschrieben</translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation>Meinung geändert</translation>
    </message>
    <message>
        <source>Arrived late</source>
        <translation>Zu spät angekommen</translation>
    </message>
    <message>
        <source>Unwanted gift</source>
        <translation>Unerwünschtes Geschenk</translation>
    </message>
    <message>
        <source>Unopened</source>
        <translation>Ungeöffnet</translation>
    </message>
    <message>
        <source>Opened, as new</source>
        <translation>Geöffnet, wie neu</translation>
    </message>
    <message>
        <source>Worn / used</source>
        <translation>Getragen / benutzt</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Hygiene item opened</source>
        <translation>Hygieneartikel geöffnet</translation>
    </message>
    <message>
        <source>Refund to original payment</source>
        <translation>Erstattung auf das ursprüngliche Zahlungsmittel</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Exchange now (from here)</source>
        <translation>Jetzt umtauschen (von hier)</translation>
    </message>
    <message>
        <source>Ship an exchange (from another store)</source>
        <translation>Umtausch zusenden (aus einer anderen Filiale)</translation>
    </message>
    <message>
        <source>Keep it and order the other one</source>
        <translation>Behalten und den anderen bestellen</translation>
    </message>
    <message>
        <source>Goodwill: keep it with a gesture</source>
        <translation>Kulanz: behalten, mit einer Geste</translation>
    </message>
    <message>
        <source>Find the sale</source>
        <translation>Den Verkauf finden</translation>
    </message>
    <message>
        <source>Scan or type the receipt, pick one of the customer&apos;s purchases, or go on without a receipt.</source>
        <translation>Den Beleg scannen oder eintippen, einen Kauf des Kunden wählen oder ohne Beleg weitermachen.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Belegnummer</translation>
    </message>
    <message>
        <source>Scan the receipt barcode or type its number</source>
        <translation>Den Barcode des Belegs scannen oder seine Nummer tippen</translation>
    </message>
    <message>
        <source>Receipt number, e.g. W-2026-4101</source>
        <translation>Belegnummer, z. B. W-2026-4101</translation>
    </message>
    <message>
        <source>The customer&apos;s purchases</source>
        <translation>Die Käufe des Kunden</translation>
    </message>
    <message>
        <source>Enter picks a purchase</source>
        <translation>Eingabe wählt einen Kauf</translation>
    </message>
    <message>
        <source>&amp;Receipt or purchase</source>
        <translation>&amp;Beleg oder Kauf</translation>
    </message>
    <message>
        <source>Return with receipt</source>
        <translation>Rückgabe mit Beleg</translation>
    </message>
    <message>
        <source>&amp;No receipt</source>
        <translation>&amp;Ohne Beleg</translation>
    </message>
    <message>
        <source>Return without receipt</source>
        <translation>Rückgabe ohne Beleg</translation>
    </message>
    <message>
        <source>Item this store ne&amp;ver sold</source>
        <translation>Artikel, den diese Filiale &amp;nie verkauft hat</translation>
    </message>
    <message>
        <source>Item this store never sold (goodwill exception)</source>
        <translation>Artikel, den diese Filiale nie verkauft hat (Kulanzausnahme)</translation>
    </message>
    <message>
        <source>&amp;Receipt:</source>
        <translation>&amp;Beleg:</translation>
    </message>
    <message>
        <source>Or one of the customer&apos;s &amp;purchases:</source>
        <translation>Oder einer der &amp;Käufe des Kunden:</translation>
    </message>
    <message>
        <source>Or resume a saved &amp;return:</source>
        <translation>Oder eine gespeicherte &amp;Rückgabe fortsetzen:</translation>
    </message>
    <message>
        <source>Saved returns to resume</source>
        <translation>Gespeicherte Rückgaben zum Fortsetzen</translation>
    </message>
    <message>
        <source>Enter resumes the return</source>
        <translation>Eingabe setzt die Rückgabe fort</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>no receipt</source>
        <translation>ohne Beleg</translation>
    </message>
    <message>
        <source>never sold</source>
        <translation>nie verkauft</translation>
    </message>
    <message>
        <source>Saved return ({mode}, lines: {count})</source>
        <translation>Gespeicherte Rückgabe ({mode}, Positionen: {count})</translation>
    </message>
    <message>
        <source>approval asked</source>
        <translation>Genehmigung angefragt</translation>
    </message>
    <message>
        <source>Without a receipt the refund is store credit at the lowest recent price.</source>
        <translation>Ohne Beleg wird als Gutschrift zum niedrigsten Preis der letzten Zeit erstattet.</translation>
    </message>
    <message>
        <source>Describe the item and its value next; a shift lead must approve.</source>
        <translation>Als Nächstes Artikel und Wert beschreiben; eine Schichtleitung muss genehmigen.</translation>
    </message>
    <message>
        <source>({count} already returned)</source>
        <translation>({count} bereits zurück)</translation>
    </message>
    <message>
        <source>Not the customer&apos;s mistake:</source>
        <translation>Nicht der Fehler des Kunden:</translation>
    </message>
    <message>
        <source>Sent: {item}.</source>
        <translation>Geschickt: {item}.</translation>
    </message>
    <message>
        <source>What is coming back?</source>
        <translation>Was kommt zurück?</translation>
    </message>
    <message>
        <source>Lines on the receipt</source>
        <translation>Positionen auf dem Beleg</translation>
    </message>
    <message>
        <source>↑/↓ choose a line; type the quantity below</source>
        <translation>↑/↓ wählt eine Position; die Menge unten eingeben</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Returned before</source>
        <translation>Bereits zurück</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Return now</source>
        <translation>Jetzt zurück</translation>
    </message>
    <message>
        <source>Quantity to return for the selected line</source>
        <translation>Rückgabemenge für die ausgewählte Position</translation>
    </message>
    <message>
        <source>Item being returned</source>
        <translation>Zurückgegebener Artikel</translation>
    </message>
    <message>
        <source>Scan or type the SKU of the item</source>
        <translation>Die Artikelnummer scannen oder tippen</translation>
    </message>
    <message>
        <source>What the customer brought</source>
        <translation>Was der Kunde mitgebracht hat</translation>
    </message>
    <message>
        <source>Value (for the goodwill record)</source>
        <translation>Wert (für den Kulanzeintrag)</translation>
    </message>
    <message>
        <source>here</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>{km} km · van {hours} h</source>
        <translation>{km} km · Lieferwagen {hours} Std.</translation>
    </message>
    <message>
        <source>{km} km · {days} day(s) transfer</source>
        <translation>{km} km · {days} Tag(e) Transfer</translation>
    </message>
    <message>
        <source>ready today</source>
        <translation>heute bereit</translation>
    </message>
    <message>
        <source>ready {day}</source>
        <translation>bereit {day}</translation>
    </message>
    <message>
        <source>{store} · {way} · {free} free ({held} held) · {ready}</source>
        <translation>{store} · {way} · {free} frei ({held} reserviert) · {ready}</translation>
    </message>
    <message>
        <source>Hold {item} for {name}</source>
        <translation>{item} für {name} reservieren</translation>
    </message>
    <message>
        <source>How many to hold</source>
        <translation>Wie viele reserviert werden</translation>
    </message>
    <message>
        <source>Needed by (a day such as Friday, or 2026-12-11; empty: no date)</source>
        <translation>Benötigt bis (ein Tag wie Freitag oder 2026-12-11; leer: kein Datum)</translation>
    </message>
    <message>
        <source>e.g. Friday — empty if the customer has no date</source>
        <translation>z. B. Freitag — leer, wenn der Kunde kein Datum hat</translation>
    </message>
    <message>
        <source>The day the customer needs it by</source>
        <translation>Der Tag, bis zu dem der Kunde es braucht</translation>
    </message>
    <message>
        <source>The customer &amp;collects it at that store</source>
        <translation>Der Kunde &amp;holt es in dieser Filiale ab</translation>
    </message>
    <message>
        <source>Collect at that store</source>
        <translation>In dieser Filiale abholen</translation>
    </message>
    <message>
        <source>Stores that can hold it, nearest first</source>
        <translation>Filialen, die es reservieren können, die nächste zuerst</translation>
    </message>
    <message>
        <source>↑/↓ to choose the store, Enter holds it there</source>
        <translation>↑/↓ wählt die Filiale, Eingabe reserviert dort</translation>
    </message>
    <message>
        <source>What the stores can do</source>
        <translation>Was die Filialen leisten können</translation>
    </message>
    <message>
        <source>&amp;Hold it</source>
        <translation>&amp;Reservieren</translation>
    </message>
    <message>
        <source>Hold at the chosen store</source>
        <translation>In der gewählten Filiale reservieren</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source>&amp;Needed by:</source>
        <translation>&amp;Benötigt bis:</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Filiale:</translation>
    </message>
    <message>
        <source>Type a day such as Friday or a date such as 2026-12-11 (not in the past).</source>
        <translation>Geben Sie einen Tag wie Freitag oder ein Datum wie 2026-12-11 ein (nicht in der Vergangenheit).</translation>
    </message>
    <message>
        <source>Needed by {day}</source>
        <translation>Benötigt bis {day}</translation>
    </message>
    <message>
        <source>No store has {quantity} free to hold.</source>
        <translation>Keine Filiale hat {quantity} frei zum Reservieren.</translation>
    </message>
    <message>
        <source>{count} store(s) can have it here by {day}.</source>
        <translation>{count} Filiale(n) können es bis {day} hierher liefern.</translation>
    </message>
    <message>
        <source>Choose the store; the nearest is first.</source>
        <translation>Wählen Sie die Filiale; die nächste steht zuerst.</translation>
    </message>
    <message>
        <source>Instead: pick it up at {store} ({km} km) today</source>
        <translation>Stattdessen: heute in {store} ({km} km) abholen</translation>
    </message>
    <message>
        <source>Instead: {item} from {store}, ready {day}</source>
        <translation>Stattdessen: {item} aus {store}, bereit {day}</translation>
    </message>
    <message>
        <source>Holds at this store</source>
        <translation>Reservierungen in dieser Filiale</translation>
    </message>
    <message>
        <source>Open holds</source>
        <translation>Offene Reservierungen</translation>
    </message>
    <message>
        <source>↑/↓ to choose a hold</source>
        <translation>↑/↓ wählt eine Reservierung</translation>
    </message>
    <message>
        <source>&amp;Collect (customer takes it)</source>
        <translation>&amp;Abholen (Kunde nimmt es mit)</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>Abholen</translation>
    </message>
    <message>
        <source>&amp;Release (back to stock)</source>
        <translation>&amp;Freigeben (zurück in den Bestand)</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>&amp;Print the slip</source>
        <translation>Reservierungsbeleg &amp;drucken</translation>
    </message>
    <message>
        <source>Print the hold slip</source>
        <translation>Den Reservierungsbeleg drucken</translation>
    </message>
    <message>
        <source>{hold} · {quantity} × {item} · {customer} · from {source} · ready {ready} · until {until}</source>
        <translation>{hold} · {quantity} × {item} · {customer} · aus {source} · bereit {ready} · bis {until}</translation>
    </message>
    <message>
        <source>No open holds.</source>
        <translation>Keine offenen Reservierungen.</translation>
    </message>
    <message>
        <source>{hold}: {status}.</source>
        <translation>{hold}: {status}.</translation>
    </message>
    <message>
        <source>&amp;Item (SKU or scan):</source>
        <translation>&amp;Artikel (Nummer oder Scan):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Scan the item&apos;s barcode or type its SKU exactly.</source>
        <translation>Den Barcode des Artikels scannen oder seine Artikelnummer genau eintippen.</translation>
    </message>
    <message>
        <source>What the policy says</source>
        <translation>Was die Richtlinie sagt</translation>
    </message>
    <message>
        <source>Policy verdict</source>
        <translation>Urteil der Richtlinie</translation>
    </message>
    <message>
        <source>Back to the customer: &lt;b&gt;{refund}&lt;/b&gt; refund, &lt;b&gt;{credit}&lt;/b&gt; store credit</source>
        <translation>Zurück an den Kunden: &lt;b&gt;{refund}&lt;/b&gt; Erstattung, &lt;b&gt;{credit}&lt;/b&gt; Gutschrift</translation>
    </message>
    <message>
        <source>, fees {fees}</source>
        <translation>, Gebühren {fees}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{item}&lt;/b&gt; ships from {store} and arrives by &lt;b&gt;{day}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{item}&lt;/b&gt; wird aus {store} verschickt und kommt bis &lt;b&gt;{day}&lt;/b&gt; an.</translation>
    </message>
    <message>
        <source>Approval by {value}</source>
        <translation>Genehmigung durch {value}</translation>
    </message>
    <message>
        <source>Checking the policy…</source>
        <translation>Richtlinie wird geprüft…</translation>
    </message>
    <message>
        <source>Summary: check with the customer, then confirm</source>
        <translation>Zusammenfassung: mit dem Kunden prüfen, dann bestätigen</translation>
    </message>
    <message>
        <source>Return summary</source>
        <translation>Zusammenfassung der Rückgabe</translation>
    </message>
    <message>
        <source>Refund to the original payment</source>
        <translation>Erstattung auf das ursprüngliche Zahlungsmittel</translation>
    </message>
    <message>
        <source>Restocking fees kept</source>
        <translation>Einbehaltene Wiedereinlagerungsgebühren</translation>
    </message>
    <message>
        <source>Price difference back to the customer</source>
        <translation>Preisdifferenz zurück an den Kunden</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=4&gt;{body}&lt;/table&gt;&lt;p&gt;Press &lt;b&gt;Confirm&lt;/b&gt; (Alt+C) to finish and print the receipt.&lt;/p&gt;</source>
        <translation>&lt;table cellpadding=4&gt;{body}&lt;/table&gt;&lt;p&gt;&lt;b&gt;Bestätigen&lt;/b&gt; (Alt+B) schließt ab und druckt den Beleg.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>{store} · counter {counter}</source>
        <translation>{store} · Kasse {counter}</translation>
    </message>
    <message>
        <source>counter {counter}</source>
        <translation>Kasse {counter}</translation>
    </message>
    <message>
        <source>posassist — sign in ({where})</source>
        <translation>posassist — anmelden ({where})</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sign in&lt;/h2&gt;&lt;p&gt;{where}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Anmelden&lt;/h2&gt;&lt;p&gt;{where}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>Mitarbeiterkürzel</translation>
    </message>
    <message>
        <source>Type your staff code or scan your badge</source>
        <translation>Ihr Kürzel tippen oder Ihren Ausweis scannen</translation>
    </message>
    <message>
        <source>Staff code or badge</source>
        <translation>Kürzel oder Ausweis</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Your PIN; it is never shown</source>
        <translation>Ihre PIN; sie wird nie angezeigt</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Anmeldemeldung</translation>
    </message>
    <message>
        <source>&amp;Staff code</source>
        <translation>&amp;Kürzel</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>No screen found (DISPLAY is not set). Start posassist from the desktop, or run it under a virtual screen with &apos;xvfb-run posassist&apos;.</source>
        <translation>Kein Bildschirm gefunden (DISPLAY ist nicht gesetzt). posassist vom Desktop starten oder auf einem virtuellen Bildschirm mit &apos;xvfb-run posassist&apos;.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file; pass another --data-dir.</source>
        <translation>{path} ist ein Ordner, keine Datenbankdatei; ein anderes --data-dir angeben.</translation>
    </message>
    <message>
        <source>{path} is not a posassist database (not an SQLite file); nothing was changed: move it away or use --data-dir with another folder.</source>
        <translation>{path} ist keine posassist-Datenbank (keine SQLite-Datei); nichts wurde geändert: die Datei wegräumen oder --data-dir mit einem anderen Ordner angeben.</translation>
    </message>
    <message>
        <source>The folder {parent} for the database does not exist; create it or pass --data-dir.</source>
        <translation>Der Ordner {parent} für die Datenbank existiert nicht; ihn anlegen oder --data-dir angeben.</translation>
    </message>
    <message>
        <source>There is no store with code &apos;{code}&apos;; check --store or POSASSIST_STORE.</source>
        <translation>Es gibt keine Filiale mit dem Kürzel &apos;{code}&apos;; --store oder POSASSIST_STORE prüfen.</translation>
    </message>
    <message>
        <source>--currency {currency} is not a currency code (e.g. CAD, EUR).</source>
        <translation>--currency {currency} ist kein Währungscode (z. B. CAD, EUR).</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>Write each change as FIELD=VALUE, e.g. email=nina@example.com (not &apos;{pair}&apos;).</source>
        <translation>Schreiben Sie jede Änderung als FELD=WERT, z. B. email=nina@example.com (nicht &apos;{pair}&apos;).</translation>
    </message>
    <message>
        <source>Write a date as LABEL=MM-DD or LABEL=MM-DD:DAYS, e.g. &quot;Wife&apos;s birthday=12-11:10&quot; (not &apos;{spec}&apos;).</source>
        <translation>Schreiben Sie ein Datum als BEZEICHNUNG=MM-TT oder BEZEICHNUNG=MM-TT:TAGE, z. B. &quot;Geburtstag der Ehefrau=12-11:10&quot; (nicht &apos;{spec}&apos;).</translation>
    </message>
    <message>
        <source>Nothing to change: give FIELD=VALUE, --add-date or --remove-date.</source>
        <translation>Nichts zu ändern: FELD=WERT, --add-date oder --remove-date angeben.</translation>
    </message>
    <message>
        <source>Say which merge to undo: a customer ID or --merge N.</source>
        <translation>Geben Sie an, welche Zusammenführung rückgängig gemacht werden soll: eine Kunden-ID oder --merge N.</translation>
    </message>
    <message>
        <source>Erasing cannot be undone; run again with --yes to confirm.</source>
        <translation>Löschen lässt sich nicht rückgängig machen; zum Bestätigen mit --yes erneut ausführen.</translation>
    </message>
    <message>
        <source>Restoring replaces all current data; run again with --yes to confirm.</source>
        <translation>Das Wiederherstellen ersetzt alle aktuellen Daten; zum Bestätigen mit --yes erneut ausführen.</translation>
    </message>
    <message>
        <source>--products must be at least 100</source>
        <translation>--products muss mindestens 100 sein</translation>
    </message>
    <message>
        <source>--limit must be between 1 and 10000</source>
        <translation>--limit muss zwischen 1 und 10000 liegen</translation>
    </message>
    <message>
        <source>{message} (see &apos;{prog} --help&apos;)</source>
        <translation>{message} (siehe &apos;{prog} --help&apos;)</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>--from liegt nach --to</translation>
    </message>
    <message>
        <source>The two PINs differ; nothing was changed.</source>
        <translation>Die beiden PINs unterscheiden sich; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The data directory {path} is a file, not a folder; pass --data-dir with a folder posassist may write to.</source>
        <translation>Das Datenverzeichnis {path} ist eine Datei, kein Ordner; --data-dir mit einem Ordner angeben, in den posassist schreiben darf.</translation>
    </message>
    <message>
        <source>The data directory {path} is read-only ({strerror}); give posassist write access or pass --data-dir with another folder.</source>
        <translation>Das Datenverzeichnis {path} ist schreibgeschützt ({strerror}); posassist Schreibrechte geben oder --data-dir mit einem anderen Ordner angeben.</translation>
    </message>
    <message>
        <source>Cannot create the data directory {path} ({strerror}); pass --data-dir with a folder posassist may write to.</source>
        <translation>Das Datenverzeichnis {path} kann nicht angelegt werden ({strerror}); --data-dir mit einem Ordner angeben, in den posassist schreiben darf.</translation>
    </message>
    <message>
        <source>The data directory {path} is read-only; give posassist write access or pass --data-dir with another folder.</source>
        <translation>Das Datenverzeichnis {path} ist schreibgeschützt; posassist Schreibrechte geben oder --data-dir mit einem anderen Ordner angeben.</translation>
    </message>
    <message>
        <source>There is no database at {path} to back up.</source>
        <translation>Unter {path} gibt es keine Datenbank zum Sichern.</translation>
    </message>
    <message>
        <source>Backup to {dest} failed: {exc}; check free space and permissions.</source>
        <translation>Sicherung nach {dest} fehlgeschlagen: {exc}; freien Speicher und Berechtigungen prüfen.</translation>
    </message>
    <message>
        <source>pg_dump is not installed on this counter; install the PostgreSQL client tools (apt-get install postgresql-client) or back up on the server with pg_dump.</source>
        <translation>pg_dump ist an dieser Kasse nicht installiert; die PostgreSQL-Clientprogramme installieren (apt-get install postgresql-client) oder auf dem Server mit pg_dump sichern.</translation>
    </message>
    <message>
        <source>pg_dump failed: {splitlines}</source>
        <translation>pg_dump fehlgeschlagen: {splitlines}</translation>
    </message>
    <message>
        <source>There is no backup at {source}.</source>
        <translation>Unter {source} gibt es keine Sicherung.</translation>
    </message>
    <message>
        <source>The backup {source} is damaged; choose another one.</source>
        <translation>Die Sicherung {source} ist beschädigt; eine andere wählen.</translation>
    </message>
    <message>
        <source>{source} is not a posassist backup ({exc}).</source>
        <translation>{source} ist keine posassist-Sicherung ({exc}).</translation>
    </message>
    <message>
        <source>pg_restore is not installed; install the PostgreSQL client tools.</source>
        <translation>pg_restore ist nicht installiert; die PostgreSQL-Clientprogramme installieren.</translation>
    </message>
    <message>
        <source>pg_restore failed: {splitlines}</source>
        <translation>pg_restore fehlgeschlagen: {splitlines}</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a database URL; use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB</source>
        <translation>&apos;{url}&apos; ist keine Datenbank-URL; sqlite:///PFAD oder postgresql+psycopg://BENUTZER@HOST/DB verwenden</translation>
    </message>
    <message>
        <source>Database URL scheme &apos;{drivername}&apos; is not supported; use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB</source>
        <translation>Das URL-Schema &apos;{drivername}&apos; wird nicht unterstützt; sqlite:///PFAD oder postgresql+psycopg://BENUTZER@HOST/DB verwenden</translation>
    </message>
    <message>
        <source>{where} is not a posassist database (not an SQLite file, or damaged); nothing was changed: move it away or use --data-dir with another folder.</source>
        <translation>{where} ist keine posassist-Datenbank (keine SQLite-Datei oder beschädigt); nichts wurde geändert: die Datei wegräumen oder --data-dir mit einem anderen Ordner angeben.</translation>
    </message>
    <message>
        <source>The database {where} is damaged ({text}); restore a backup with &apos;posassist db restore&apos;.</source>
        <translation>Die Datenbank {where} ist beschädigt ({text}); eine Sicherung mit &apos;posassist db restore&apos; zurückspielen.</translation>
    </message>
    <message>
        <source>The database {where} is busy (another counter or program holds a lock); wait a moment and try again, or close the other program.</source>
        <translation>Die Datenbank {where} ist belegt (eine andere Kasse oder ein Programm hält eine Sperre); einen Moment warten und erneut versuchen oder das andere Programm schließen.</translation>
    </message>
    <message>
        <source>The database {where} is read-only; give posassist write access to it.</source>
        <translation>Die Datenbank {where} ist schreibgeschützt; posassist Schreibrechte darauf geben.</translation>
    </message>
    <message>
        <source>Cannot open the database {where}; check that the folder exists and is writable.</source>
        <translation>Die Datenbank {where} lässt sich nicht öffnen; prüfen, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The disk holding {where} is full; free some space and try again.</source>
        <translation>Der Datenträger mit {where} ist voll; Platz schaffen und erneut versuchen.</translation>
    </message>
    <message>
        <source>PostgreSQL refused the login for {where}; check the user and password in the URL.</source>
        <translation>PostgreSQL hat die Anmeldung für {where} abgelehnt; Benutzer und Passwort in der URL prüfen.</translation>
    </message>
    <message>
        <source>The PostgreSQL database in {where} does not exist; ask the admin to create it.</source>
        <translation>Die PostgreSQL-Datenbank in {where} existiert nicht; die Administration bitten, sie anzulegen.</translation>
    </message>
    <message>
        <source>Cannot reach the database server at {where}; check that PostgreSQL is running and the URL is right.</source>
        <translation>Der Datenbankserver unter {where} ist nicht erreichbar; prüfen, ob PostgreSQL läuft und die URL stimmt.</translation>
    </message>
    <message>
        <source>The database {where} could not be used: {splitlines!r}</source>
        <translation>Die Datenbank {where} konnte nicht verwendet werden: {splitlines!r}</translation>
    </message>
    <message>
        <source>posassist ships {heads} migration heads; this build is broken</source>
        <translation>posassist enthält {heads} Migrationsköpfe; dieser Build ist defekt</translation>
    </message>
    <message>
        <source>The database {where} was made by a newer posassist (schema {revision}, this version knows up to {head}); install the newer posassist on this counter.</source>
        <translation>Die Datenbank {where} stammt von einem neueren posassist (Schema {revision}, diese Version kennt bis {head}); das neuere posassist an dieser Kasse installieren.</translation>
    </message>
    <message>
        <source>{where} holds tables that are not posassist&apos;s; nothing was changed: point --database-url or --data-dir at a posassist database or an empty one.</source>
        <translation>{where} enthält Tabellen, die nicht zu posassist gehören; nichts wurde geändert: --database-url oder --data-dir auf eine posassist-Datenbank oder eine leere richten.</translation>
    </message>
    <message>
        <source>The database {where} is at schema {value}, this posassist needs {head}; ask an admin to run &apos;posassist db upgrade&apos;.</source>
        <translation>Die Datenbank {where} hat Schema {value}, dieses posassist braucht {head}; die Administration bitten, &apos;posassist db upgrade&apos; auszuführen.</translation>
    </message>
    <message>
        <source>The migration left {bad} rows with broken references (first: table {bad2}); restore the pre-migrate backup.</source>
        <translation>Die Migration hinterließ {bad} Zeilen mit kaputten Verweisen (zuerst: Tabelle {bad2}); die Sicherung von vor der Migration zurückspielen.</translation>
    </message>
    <message>
        <source>integrity: {problem}</source>
        <translation>Integrität: {problem}</translation>
    </message>
    <message>
        <source>broken reference in {table} row {row} to {parent}</source>
        <translation>kaputter Verweis in {table}, Zeile {row}, auf {parent}</translation>
    </message>
    <message>
        <source>The server stopped answering while this was being saved, so it may or may not have been saved there. Nothing is lost: look again (this counter now works from its local copy) and do it again if it is not there.</source>
        <translation>Der Server hat beim Speichern nicht mehr geantwortet; es ist unklar, ob dort gespeichert wurde. Nichts ist verloren: Sehen Sie nach (diese Kasse arbeitet jetzt mit ihrer lokalen Kopie) und wiederholen Sie es, falls es fehlt.</translation>
    </message>
    <message>
        <source>The server did not answer in time; this counter now works from its local copy.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet; diese Kasse arbeitet jetzt mit ihrer lokalen Kopie.</translation>
    </message>
    <message>
        <source>Someone else changed the same record at the same moment; nothing was saved. Look again and retry.</source>
        <translation>Jemand anderes hat im selben Moment denselben Datensatz geändert; nichts wurde gespeichert. Erneut nachsehen und wiederholen.</translation>
    </message>
    <message>
        <source>The {label} contains what looks like a payment card number ({card}); card numbers are never stored: remove it (keep at most the last four digits).</source>
        <translation>Im Feld „{label}“ steht etwas, das wie eine Kartennummer aussieht ({card}); Kartennummern werden nie gespeichert: sie entfernen (höchstens die letzten vier Ziffern behalten).</translation>
    </message>
    <message>
        <source>Type the {label}.</source>
        <translation>Bitte eingeben: {label}.</translation>
    </message>
    <message>
        <source>The {label} is {text:,} characters long; keep it to {max_len:,}.</source>
        <translation>{label}: {text:,} Zeichen lang; höchstens {max_len:,} sind möglich.</translation>
    </message>
    <message>
        <source>That approval request does not exist.</source>
        <translation>Diese Genehmigungsanfrage gibt es nicht.</translation>
    </message>
    <message>
        <source>Choose a reason ({REASON_CODES}).</source>
        <translation>Einen Grund wählen ({REASON_CODES}).</translation>
    </message>
    <message>
        <source>Add a note saying why: it is kept with the decision.</source>
        <translation>Eine Notiz zum Warum hinzufügen: sie wird mit der Entscheidung aufbewahrt.</translation>
    </message>
    <message>
        <source>This request was already {status}; nothing was changed.</source>
        <translation>Diese Anfrage wurde bereits entschieden ({status}); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This request has expired; the associate must ask again.</source>
        <translation>Diese Anfrage ist abgelaufen; die Verkaufskraft muss erneut fragen.</translation>
    </message>
    <message>
        <source>You cannot approve your own request; ask another shift lead.</source>
        <translation>Die eigene Anfrage kann man nicht genehmigen; eine andere Schichtleitung fragen.</translation>
    </message>
    <message>
        <source>{name} ({role_label}) may not approve this; ask a shift lead or manager.</source>
        <translation>{name} ({role_label}) darf das nicht genehmigen; eine Schichtleitung oder die Filialleitung fragen.</translation>
    </message>
    <message>
        <source>This needs {need} approval; {name} is a {role_label}.</source>
        <translation>Dafür ist eine Genehmigung durch {need} nötig; {name} ist {role_label}.</translation>
    </message>
    <message>
        <source>{name} may approve up to {limit}; this is {amount}. Ask a store manager.</source>
        <translation>{name} darf bis {limit} genehmigen; dies sind {amount}. Die Filialleitung fragen.</translation>
    </message>
    <message>
        <source>{name}&apos;s goodwill budget for the month would be exceeded ({used} of {limit}).</source>
        <translation>Das Kulanzbudget von {name} für den Monat würde überschritten ({used} von {limit}).</translation>
    </message>
    <message>
        <source>{name} may approve up to {max_days_past_window} days past the window; this is {days_past_window}. Ask a store manager.</source>
        <translation>{name} darf bis {max_days_past_window} Tage nach Fristende genehmigen; dies sind {days_past_window}. Die Filialleitung fragen.</translation>
    </message>
    <message>
        <source>{name}&apos;s goodwill budget for this shift would be exceeded.</source>
        <translation>Das Kulanzbudget von {name} für diese Schicht würde überschritten.</translation>
    </message>
    <message>
        <source>{name}&apos;s goodwill budget for the week would be exceeded ({used} of {limit}).</source>
        <translation>Das Kulanzbudget von {name} für die Woche würde überschritten ({used} von {limit}).</translation>
    </message>
    <message>
        <source>{words} Ask a store manager.</source>
        <translation>{words} Fragen Sie die Filialleitung.</translation>
    </message>
    <message>
        <source>The discount must be given as a percentage.</source>
        <translation>Der Rabatt muss in Prozent angegeben werden.</translation>
    </message>
    <message>
        <source>{name} may approve discounts up to {max_discount_percent}%; this is {percent}%. Ask a store manager.</source>
        <translation>{name} darf Rabatte bis {max_discount_percent} % genehmigen; dies sind {percent} %. Die Filialleitung fragen.</translation>
    </message>
    <message>
        <source>{kind} ({rule}, approved by {role}, {amount})</source>
        <translation>{kind} ({rule}, genehmigt durch {role}, {amount})</translation>
    </message>
    <message>
        <source>This needs approval first; ask a shift lead.</source>
        <translation>Dafür braucht es zuerst eine Genehmigung; eine Schichtleitung fragen.</translation>
    </message>
    <message>
        <source>The approval was not found; ask again.</source>
        <translation>Die Genehmigung wurde nicht gefunden; erneut fragen.</translation>
    </message>
    <message>
        <source>The approval was given for a different task or amount; ask again for this one.</source>
        <translation>Die Genehmigung galt einem anderen Vorgang oder Betrag; für diesen erneut fragen.</translation>
    </message>
    <message>
        <source>Still waiting for a shift lead to approve.</source>
        <translation>Es wird noch auf die Genehmigung einer Schichtleitung gewartet.</translation>
    </message>
    <message>
        <source>A shift lead denied this: {value}.</source>
        <translation>Eine Schichtleitung hat das abgelehnt: {value}.</translation>
    </message>
    <message>
        <source>This approval was already {status}; ask again.</source>
        <translation>Diese Genehmigung ist bereits {status}; erneut fragen.</translation>
    </message>
    <message>
        <source>The approval has expired; ask again.</source>
        <translation>Die Genehmigung ist abgelaufen; erneut fragen.</translation>
    </message>
    <message>
        <source>The approval was given for {given}; this is {needed}; ask again.</source>
        <translation>Die Genehmigung galt für {given}; hier geht es um {needed}; erneut fragen.</translation>
    </message>
    <message>
        <source>Staff code or PIN not recognised; try again.</source>
        <translation>Kürzel oder PIN nicht erkannt; erneut versuchen.</translation>
    </message>
    <message>
        <source>The PIN must have at least {min_length} characters for this role.</source>
        <translation>Die PIN braucht für diese Rolle mindestens {min_length} Zeichen.</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess (all the same or a run of digits); choose another.</source>
        <translation>Diese PIN ist zu leicht zu erraten (lauter gleiche oder aufeinanderfolgende Ziffern); eine andere wählen.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: {code} is locked until {until:%H:%M}. A store manager can unlock it.</source>
        <translation>Zu viele falsche PINs: {code} ist gesperrt bis {until:%H:%M}. Die Filialleitung kann entsperren.</translation>
    </message>
    <message>
        <source>Type your staff code and PIN.</source>
        <translation>Kürzel und PIN eingeben.</translation>
    </message>
    <message>
        <source>Badge not recognised; sign in with your staff code and PIN.</source>
        <translation>Ausweis nicht erkannt; mit Kürzel und PIN anmelden.</translation>
    </message>
    <message>
        <source>Unknown fields: {unknown}.</source>
        <translation>Unbekannte Felder: {unknown}.</translation>
    </message>
    <message>
        <source>Map at least the price and the product name or SKU.</source>
        <translation>Mindestens den Preis und den Produktnamen oder die Artikelnummer zuordnen.</translation>
    </message>
    <message>
        <source>--format must be auto, {FORMATS}.</source>
        <translation>--format muss auto, {FORMATS} sein.</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (Latin-1). Check accented names.</source>
        <translation>Die Datei ist nicht UTF-8; sie wurde als Windows-1252 (Latin-1) gelesen. Namen mit Umlauten und Akzenten prüfen.</translation>
    </message>
    <message>
        <source>The file is empty; nothing to import.</source>
        <translation>Die Datei ist leer; nichts zu importieren.</translation>
    </message>
    <message>
        <source>No column looks like a product name or SKU (columns: {header}). Map the columns in the import window, or rename the headers.</source>
        <translation>Keine Spalte sieht nach Produktname oder Artikelnummer aus (Spalten: {header}). Die Spalten im Importfenster zuordnen oder die Überschriften umbenennen.</translation>
    </message>
    <message>
        <source>There is no price column; posassist never guesses prices. Add one or map it.</source>
        <translation>Es gibt keine Preisspalte; posassist rät niemals Preise. Eine hinzufügen oder zuordnen.</translation>
    </message>
    <message>
        <source>Column &apos;{h}&apos; is not used by posassist.</source>
        <translation>Die Spalte &apos;{h}&apos; wird von posassist nicht verwendet.</translation>
    </message>
    <message>
        <source>There is no file {source}; check the path.</source>
        <translation>Es gibt keine Datei {source}; den Pfad prüfen.</translation>
    </message>
    <message>
        <source>Download cancelled; nothing was changed.</source>
        <translation>Herunterladen abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Could not download {source} ({err}); check the address and the network.</source>
        <translation>{source} konnte nicht heruntergeladen werden ({err}); Adresse und Netzwerk prüfen.</translation>
    </message>
    <message>
        <source>line {line_no}: {msg} (column {colno})</source>
        <translation>Zeile {line_no}: {msg} (Spalte {colno})</translation>
    </message>
    <message>
        <source>line {line}: {msg} (column {colno}); the file ends early or is not valid JSON</source>
        <translation>Zeile {line}: {msg} (Spalte {colno}); die Datei endet zu früh oder ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>each item must be an object with named fields</source>
        <translation>jeder Eintrag muss ein Objekt mit benannten Feldern sein</translation>
    </message>
    <message>
        <source>the XML is not well-formed at line {line}, column {col}: {msg}</source>
        <translation>das XML ist in Zeile {line}, Spalte {col} nicht wohlgeformt: {msg}</translation>
    </message>
    <message>
        <source>{title} {colour} {size} appears twice without a SKU.</source>
        <translation>{title} {colour} {size} kommt zweimal ohne Artikelnummer vor.</translation>
    </message>
    <message>
        <source>the same product</source>
        <translation>dasselbe Produkt</translation>
    </message>
    <message>
        <source>another product</source>
        <translation>ein anderes Produkt</translation>
    </message>
    <message>
        <source>Barcode {gtin} is also on row {row} ({where}); a scan will show both.</source>
        <translation>Barcode {gtin} steht auch in Zeile {row} ({where}); ein Scan zeigt beide.</translation>
    </message>
    <message>
        <source>{title} is priced in {currency}, not {currency2}; it is imported in {currency}.</source>
        <translation>{title} hat einen Preis in {currency}, nicht {currency2}; er wird in {currency} importiert.</translation>
    </message>
    <message>
        <source>Another catalogue import is running ({split}, since {acquired_at:%H:%M} UTC); wait for it to finish.</source>
        <translation>Ein anderer Katalogimport läuft ({split}, seit {acquired_at:%H:%M} UTC); warten, bis er fertig ist.</translation>
    </message>
    <message>
        <source>No applied catalogue import to roll back.</source>
        <translation>Kein angewandter Katalogimport zum Zurücknehmen.</translation>
    </message>
    <message>
        <source>Version {target} is not an applied import (see &apos;posassist catalogue history&apos;).</source>
        <translation>Version {target} ist kein angewandter Import (siehe &apos;posassist catalogue history&apos;).</translation>
    </message>
    <message>
        <source>customer&apos;s name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <source>preferred name</source>
        <translation>bevorzugter Name</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Preferences line {n}: write it as &apos;what: value&apos;, e.g. &apos;fit: slim&apos;.</source>
        <translation>Vorlieben, Zeile {n}: schreiben Sie sie als &apos;was: Wert&apos;, z. B. &apos;Passform: schmal&apos;.</translation>
    </message>
    <message>
        <source>preference</source>
        <translation>Vorliebe</translation>
    </message>
    <message>
        <source>{label}: answer yes or no.</source>
        <translation>{label}: antworten Sie mit ja oder nein.</translation>
    </message>
    <message>
        <source>pronunciation</source>
        <translation>Aussprache</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an email address; check it, e.g. name@example.com.</source>
        <translation>&apos;{email}&apos; ist keine E-Mail-Adresse; prüfen Sie sie, z. B. name@example.com.</translation>
    </message>
    <message>
        <source>&apos;{phone}&apos; is not a phone number; type it with its area code, e.g. 416 555 0100.</source>
        <translation>&apos;{phone}&apos; ist keine Telefonnummer; geben Sie sie mit Vorwahl ein, z. B. 416 555 0100.</translation>
    </message>
    <message>
        <source>loyalty card number</source>
        <translation>Kundenkartennummer</translation>
    </message>
    <message>
        <source>Card {card} already belongs to {name}; merge the two records instead (Ctrl+M).</source>
        <translation>Die Karte {card} gehört bereits {name}; führen Sie stattdessen die beiden Datensätze zusammen (Strg+M).</translation>
    </message>
    <message>
        <source>Birth year: a year between 1900 and {year}, e.g. 1984.</source>
        <translation>Geburtsjahr: ein Jahr zwischen 1900 und {year}, z. B. 1984.</translation>
    </message>
    <message>
        <source>Preferred channel: one of {list}.</source>
        <translation>Bevorzugter Kanal: einer von {list}.</translation>
    </message>
    <message>
        <source>Preferred language: one of {list}.</source>
        <translation>Bevorzugte Sprache: eine von {list}.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a field of the customer&apos;s record.</source>
        <translation>&apos;{field}&apos; ist kein Feld der Kundendaten.</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased; it cannot be edited.</source>
        <translation>Die persönlichen Daten dieses Kunden wurden gelöscht; sie können nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>Consent source: one of {list}.</source>
        <translation>Quelle der Einwilligung: eine von {list}.</translation>
    </message>
    <message>
        <source>This customer&apos;s record was changed elsewhere after this edit was made; nothing was saved. Look at the record again.</source>
        <translation>Die Kundendaten wurden inzwischen anderswo geändert; nichts wurde gespeichert. Sehen Sie sich die Kundendaten erneut an.</translation>
    </message>
    <message>
        <source>occasion</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Name the occasion, e.g. &apos;Wife&apos;s birthday&apos;.</source>
        <translation>Benennen Sie den Anlass, z. B. &apos;Geburtstag der Ehefrau&apos;.</translation>
    </message>
    <message>
        <source>Month: a number from 1 to 12.</source>
        <translation>Monat: eine Zahl von 1 bis 12.</translation>
    </message>
    <message>
        <source>Day: a number from 1 to {last} for that month.</source>
        <translation>Tag: eine Zahl von 1 bis {last} für diesen Monat.</translation>
    </message>
    <message>
        <source>Reminder: 0 to {most} days before the date.</source>
        <translation>Erinnerung: 0 bis {most} Tage vor dem Datum.</translation>
    </message>
    <message>
        <source>That date is gone already.</source>
        <translation>Dieses Datum gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Relation: one of {list}.</source>
        <translation>Beziehung: eine von {list}.</translation>
    </message>
    <message>
        <source>A customer cannot be related to themselves; choose the other person.</source>
        <translation>Ein Kunde kann nicht mit sich selbst verbunden sein; wählen Sie die andere Person.</translation>
    </message>
    <message>
        <source>That customer&apos;s personal data was erased; link someone else.</source>
        <translation>Die persönlichen Daten dieses Kunden wurden gelöscht; verbinden Sie jemand anderen.</translation>
    </message>
    <message>
        <source>{name} is already linked to this customer.</source>
        <translation>{name} ist bereits mit diesem Kunden verbunden.</translation>
    </message>
    <message>
        <source>{name} is not linked to this customer.</source>
        <translation>{name} ist nicht mit diesem Kunden verbunden.</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an email address.</source>
        <translation>&apos;{email}&apos; ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The phone number needs at least 7 digits.</source>
        <translation>Die Telefonnummer braucht mindestens 7 Ziffern.</translation>
    </message>
    <message>
        <source>Add a phone number, an email or a loyalty card so we can find them again.</source>
        <translation>Eine Telefonnummer, eine E-Mail oder eine Kundenkarte angeben, damit wir den Kunden wiederfinden.</translation>
    </message>
    <message>
        <source>Alert kind must be one of {ALERT_KINDS}.</source>
        <translation>Die Art des Hinweises muss eine von {ALERT_KINDS} sein.</translation>
    </message>
    <message>
        <source>Severity must be critical, warning or info.</source>
        <translation>Die Schwere ist critical, warning oder info.</translation>
    </message>
    <message>
        <source>Write the alert, e.g. &apos;severe milk allergy&apos;.</source>
        <translation>Den Hinweis schreiben, z. B. „schwere Milchallergie“.</translation>
    </message>
    <message>
        <source>Card numbers are never stored; remove it from the alert.</source>
        <translation>Kartennummern werden nie gespeichert; sie aus dem Hinweis entfernen.</translation>
    </message>
    <message>
        <source>That customer is not on file any more.</source>
        <translation>Dieser Kunde ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>That alert is gone already.</source>
        <translation>Dieser Hinweis ist bereits entfernt.</translation>
    </message>
    <message>
        <source> · CSAT {csat}/5</source>
        <translation> · Zufriedenheit {csat}/5</translation>
    </message>
    <message>
        <source>There is no customer {customer_id}.</source>
        <translation>Es gibt keinen Kunden {customer_id}.</translation>
    </message>
    <message>
        <source>The database already holds a store; pass --reset to replace it with the demo.</source>
        <translation>Die Datenbank enthält schon eine Filiale; mit --reset durch die Demo ersetzen.</translation>
    </message>
    <message>
        <source>Give the day the follow-up is due.</source>
        <translation>Geben Sie den Tag an, an dem die Wiedervorlage fällig ist.</translation>
    </message>
    <message>
        <source>The due date needs a time zone.</source>
        <translation>Das Fälligkeitsdatum braucht eine Zeitzone.</translation>
    </message>
    <message>
        <source>That owner is not a staff member.</source>
        <translation>Diese Person gehört nicht zum Personal.</translation>
    </message>
    <message>
        <source>That follow-up is not on file any more.</source>
        <translation>Diese Wiedervorlage ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>That follow-up is already {status}.</source>
        <translation>Diese Wiedervorlage ist bereits {status}.</translation>
    </message>
    <message>
        <source>Snooze for 15 minutes, 1 hour or until tomorrow.</source>
        <translation>Für 15 Minuten, 1 Stunde oder bis morgen zurückstellen.</translation>
    </message>
    <message>
        <source>Only the follow-up&apos;s owner can snooze its reminder; hand it over first.</source>
        <translation>Nur die zuständige Person der Wiedervorlage kann ihre Erinnerung zurückstellen; übergeben Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Only the follow-up&apos;s owner can dismiss its reminder.</source>
        <translation>Nur die zuständige Person der Wiedervorlage kann ihre Erinnerung verwerfen.</translation>
    </message>
    <message>
        <source>No active staff member has the code {new_owner_code}.</source>
        <translation>Keine aktive Person hat das Kürzel {new_owner_code}.</translation>
    </message>
    <message>
        <source>{name} already owns this follow-up.</source>
        <translation>{name} ist bereits für diese Wiedervorlage zuständig.</translation>
    </message>
    <message>
        <source>Accept an item we never sold</source>
        <translation>Einen nie verkauften Artikel annehmen</translation>
    </message>
    <message>
        <source>Free delivery (a service we don&apos;t offer)</source>
        <translation>Kostenlose Lieferung (ein Service, den wir nicht anbieten)</translation>
    </message>
    <message>
        <source>A gift (flowers, a card…)</source>
        <translation>Ein Geschenk (Blumen, eine Karte…)</translation>
    </message>
    <message>
        <source>Lifetime free shipping</source>
        <translation>Lebenslang versandkostenfrei</translation>
    </message>
    <message>
        <source>A discount</source>
        <translation>Ein Rabatt</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>Choose what the gesture is ({GOODWILL_KINDS}).</source>
        <translation>Wählen, worin die Geste besteht ({GOODWILL_KINDS}).</translation>
    </message>
    <message>
        <source>The cost must be 0 or more.</source>
        <translation>Die Kosten müssen 0 oder mehr sein.</translation>
    </message>
    <message>
        <source>Tell the story in a sentence: it is what the approver and the reports read.</source>
        <translation>Die Geschichte in einem Satz erzählen: das lesen die genehmigende Person und die Berichte.</translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation>Zuerst den Kunden wählen.</translation>
    </message>
    <message>
        <source>{words} for the customer: {story}</source>
        <translation>{words} für den Kunden: {story}</translation>
    </message>
    <message>
        <source>One of the customers is no longer on file.</source>
        <translation>Einer der Kunden ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>Lifetime free shipping (granted {now:%d %b %Y}: {story})</source>
        <translation>Lebenslang versandkostenfrei (gewährt am {now:%d.%m.%Y}: {story})</translation>
    </message>
    <message>
        <source>{store} has no {quantity} of {item} free to hold any more; choose another store.</source>
        <translation>{store} hat keine {quantity} von {item} mehr frei zum Reservieren; wählen Sie eine andere Filiale.</translation>
    </message>
    <message>
        <source>{store} cannot get it here by {day} (ready {ready}).</source>
        <translation>{store} kann es nicht bis {day} hierher liefern (bereit {ready}).</translation>
    </message>
    <message>
        <source>Someone else just took that stock; choose another store.</source>
        <translation>Jemand anderes hat diesen Bestand gerade genommen; wählen Sie eine andere Filiale.</translation>
    </message>
    <message>
        <source>{item} ×{quantity} ready at {store} (hold {hold})</source>
        <translation>{item} ×{quantity} bereit in {store} (Reservierung {hold})</translation>
    </message>
    <message>
        <source>Hold at least one.</source>
        <translation>Mindestens einen reservieren.</translation>
    </message>
    <message>
        <source>{desc} ×{quantity} is on its way from {name}; call the customer when it arrives (hold {hold}).</source>
        <translation>{desc} ×{quantity} ist unterwegs von {name}; rufen Sie den Kunden an, wenn es ankommt (Reservierung {hold}).</translation>
    </message>
    <message>
        <source>There is no hold {ref}; check the number on the slip (H-…).</source>
        <translation>Es gibt keine Reservierung {ref}; prüfen Sie die Nummer auf dem Reservierungsbeleg (H-…).</translation>
    </message>
    <message>
        <source>Hold {hold} is already {status}.</source>
        <translation>Reservierung {hold} ist bereits {status}.</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>reserviert</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>abgeholt</translation>
    </message>
    <message>
        <source>released</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>No item has the SKU or barcode {code}.</source>
        <translation>Kein Artikel hat die Artikelnummer oder den Barcode {code}.</translation>
    </message>
    <message>
        <source>{code} names more than one item; give the SKU of the one to hold.</source>
        <translation>{code} passt auf mehrere Artikel; geben Sie die Artikelnummer des zu reservierenden an.</translation>
    </message>
    <message>
        <source>Choose the customer first: a hold is always for someone.</source>
        <translation>Zuerst den Kunden wählen: eine Reservierung gilt immer jemandem.</translation>
    </message>
    <message>
        <source>No store has {item} free to send.</source>
        <translation>Keine Filiale hat {item} frei zum Versenden.</translation>
    </message>
    <message>
        <source>No store can get {item} to the customer by {day}: the soonest is {store} on {soonest}.</source>
        <translation>Keine Filiale kann {item} bis {day} zum Kunden bringen: am frühesten {store} am {soonest}.</translation>
    </message>
    <message>
        <source>The customer can pick it up at {store} ({km} km) today.</source>
        <translation>Der Kunde kann es heute in {store} ({km} km) abholen.</translation>
    </message>
    <message>
        <source>{item} can arrive by {day} (from {store}).</source>
        <translation>{item} kann bis {day} ankommen (aus {store}).</translation>
    </message>
    <message>
        <source>That item is not in the catalogue.</source>
        <translation>Dieser Artikel ist nicht im Katalog.</translation>
    </message>
    <message>
        <source>Check the promise to {customer}: {what} by {day} (from {store}). Call them if it will not make it.</source>
        <translation>Prüfen Sie das Versprechen an {customer}: {what} bis {day} (aus {store}). Rufen Sie an, wenn es nicht klappt.</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>den Kunden</translation>
    </message>
    <message>
        <source>That promise is not on file.</source>
        <translation>Dieses Versprechen ist nicht gespeichert.</translation>
    </message>
    <message>
        <source>it would no longer arrive in time</source>
        <translation>es käme nicht mehr rechtzeitig an</translation>
    </message>
    <message>
        <source>its hold was released or expired</source>
        <translation>seine Reservierung wurde freigegeben oder ist abgelaufen</translation>
    </message>
    <message>
        <source>the store holding it is short of stock</source>
        <translation>der Filiale, die es reserviert, fehlt Bestand</translation>
    </message>
    <message>
        <source>the check-up is overdue</source>
        <translation>die Prüfung ist überfällig</translation>
    </message>
    <message>
        <source>the day has passed and it is still open</source>
        <translation>der Tag ist vorbei und es ist noch offen</translation>
    </message>
    <message>
        <source>nobody is following it up</source>
        <translation>niemand kümmert sich darum</translation>
    </message>
    <message>
        <source>{store} cannot get it to the customer by {day}; choose a store that can.</source>
        <translation>{store} kann es nicht bis {day} zum Kunden bringen; wählen Sie eine Filiale, die das kann.</translation>
    </message>
    <message>
        <source>{item} ×{quantity} delivered by carrier from {store}</source>
        <translation>{item} ×{quantity} per Paketdienst aus {store} geliefert</translation>
    </message>
    <message>
        <source>No other store has {quantity} of {title} free to send; try another colour or size.</source>
        <translation>Keine andere Filiale kann {quantity} × {title} schicken; eine andere Farbe oder Größe versuchen.</translation>
    </message>
    <message>
        <source>This counter&apos;s store is not on file; check --store.</source>
        <translation>Die Filiale dieser Kasse ist nicht gespeichert; --store prüfen.</translation>
    </message>
    <message>
        <source>Write what happened, in a sentence or two.</source>
        <translation>In ein, zwei Sätzen schreiben, was passiert ist.</translation>
    </message>
    <message>
        <source>The note is {body:,} characters; keep it under {MAX_NOTE:,}.</source>
        <translation>Die Notiz hat {body:,} Zeichen; bitte unter {MAX_NOTE:,} bleiben.</translation>
    </message>
    <message>
        <source>Channel must be one of {CHANNELS}.</source>
        <translation>Der Kanal muss einer von {CHANNELS} sein.</translation>
    </message>
    <message>
        <source>Topic must be one of {TOPICS}.</source>
        <translation>Das Thema muss eines von {TOPICS} sein.</translation>
    </message>
    <message>
        <source>Outcome must be one of {OUTCOMES}.</source>
        <translation>Das Ergebnis muss eines von {OUTCOMES} sein.</translation>
    </message>
    <message>
        <source>That earlier matter is not this customer&apos;s; choose it again.</source>
        <translation>Dieser frühere Vorgang gehört nicht zu diesem Kunden; wählen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>The contact cannot have started in the future.</source>
        <translation>Der Kontakt kann nicht in der Zukunft begonnen haben.</translation>
    </message>
    <message>
        <source>That note is not on file any more.</source>
        <translation>Diese Notiz ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>The rating is 1 to 5 stars (or none).</source>
        <translation>Die Bewertung ist 1 bis 5 Sterne (oder keine).</translation>
    </message>
    <message>
        <source>The outcome is solved now, needs a follow-up or could not help.</source>
        <translation>Das Ergebnis ist: jetzt gelöst, braucht eine Wiedervorlage oder konnte nicht helfen.</translation>
    </message>
    <message>
        <source>No return policy is in force yet.</source>
        <translation>Es gilt noch keine Rückgaberichtlinie.</translation>
    </message>
    <message>
        <source>The policy must be a JSON object.</source>
        <translation>Die Richtlinie muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>{value} contains a control character; retype it.</source>
        <translation>{value} enthält ein Steuerzeichen; neu eintippen.</translation>
    </message>
    <message>
        <source>&apos;currency&apos; must be a currency code such as CAD.</source>
        <translation>&apos;currency&apos; muss ein Währungscode wie CAD sein.</translation>
    </message>
    <message>
        <source>&apos;approval_tiers&apos; is a list; each tier needs a role, max_amount_minor and max_days_past_window.</source>
        <translation>&apos;approval_tiers&apos; ist eine Liste; jede Stufe braucht role, max_amount_minor und max_days_past_window.</translation>
    </message>
    <message>
        <source>no_restocking_fee_in: {value} is not a region; write a country, a subdivision or a place in it (US, US-NY, US-NY-NYC), or &quot;!US-NY-NYC&quot; for an exception.</source>
        <translation>no_restocking_fee_in: {value} ist keine Region; geben Sie ein Land, eine Untergliederung oder einen Ort darin an (US, US-NY, US-NY-NYC) oder „!US-NY-NYC“ für eine Ausnahme.</translation>
    </message>
    <message>
        <source>The policy is not complete: {err}.</source>
        <translation>Die Richtlinie ist unvollständig: {err}.</translation>
    </message>
    <message>
        <source>The start date needs a time zone.</source>
        <translation>Das Startdatum braucht eine Zeitzone.</translation>
    </message>
    <message>
        <source>Final sale: not returnable.</source>
        <translation>Endverkauf: nicht rückgabefähig.</translation>
    </message>
    <message>
        <source>Not returnable under the current policy.</source>
        <translation>Nach der aktuellen Richtlinie nicht rückgabefähig.</translation>
    </message>
    <message>
        <source>Returnable within {window} days of purchase with the receipt.</source>
        <translation>Rückgabe innerhalb von {window} Tagen nach dem Kauf mit Beleg.</translation>
    </message>
    <message>
        <source>That item is no longer in the catalogue; search again.</source>
        <translation>Dieser Artikel ist nicht mehr im Katalog; erneut suchen.</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} Monate</translation>
    </message>
    <message>
        <source>Scan or type the receipt number.</source>
        <translation>Die Belegnummer scannen oder eintippen.</translation>
    </message>
    <message>
        <source>No receipt {code}… on file: that is longer than any receipt number.</source>
        <translation>Kein Beleg {code}… gespeichert: das ist länger als jede Belegnummer.</translation>
    </message>
    <message>
        <source>No sale has the receipt number {code}. Check it, find the customer instead, or continue without a receipt.</source>
        <translation>Kein Verkauf hat die Belegnummer {code}. Sie prüfen, stattdessen den Kunden suchen oder ohne Beleg weitermachen.</translation>
    </message>
    <message>
        <source>That sale is not on file.</source>
        <translation>Dieser Verkauf ist nicht gespeichert.</translation>
    </message>
    <message>
        <source>No return policy is set up; an admin must create one before returns can be taken.</source>
        <translation>Keine Rückgaberichtlinie eingerichtet; die Administration muss eine anlegen, bevor Rückgaben möglich sind.</translation>
    </message>
    <message>
        <source>return note</source>
        <translation>Rückgabenotiz</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Pick at least one item to return.</source>
        <translation>Mindestens einen Artikel zur Rückgabe wählen.</translation>
    </message>
    <message>
        <source>Find the sale first (receipt or customer).</source>
        <translation>Zuerst den Verkauf finden (Beleg oder Kunde).</translation>
    </message>
    <message>
        <source>That sale is not on file any more.</source>
        <translation>Dieser Verkauf ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>Line {i} is not on receipt {receipt_no}.</source>
        <translation>Position {i} steht nicht auf Beleg {receipt_no}.</translation>
    </message>
    <message>
        <source>{description} is listed twice; return it once with the full quantity.</source>
        <translation>{description} ist doppelt aufgeführt; einmal mit der vollen Menge zurückgeben.</translation>
    </message>
    <message>
        <source>Line {i}: the quantity must be a whole number of at least 1.</source>
        <translation>Position {i}: die Menge muss eine ganze Zahl ab 1 sein.</translation>
    </message>
    <message>
        <source>Line {i}: that item is not in the catalogue.</source>
        <translation>Position {i}: dieser Artikel ist nicht im Katalog.</translation>
    </message>
    <message>
        <source>Line {i}: describe what the customer brought.</source>
        <translation>Position {i}: beschreiben, was der Kunde mitgebracht hat.</translation>
    </message>
    <message>
        <source>Line {i}: enter the value of {desc} (0 or more).</source>
        <translation>Position {i}: den Wert von {desc} eingeben (0 oder mehr).</translation>
    </message>
    <message>
        <source>Line {i}: scan or find the item being returned.</source>
        <translation>Position {i}: den zurückgegebenen Artikel scannen oder suchen.</translation>
    </message>
    <message>
        <source>{description}: the quantity must be a whole number.</source>
        <translation>{description}: die Menge muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>{description}: the quantity must be at least 1.</source>
        <translation>{description}: die Menge muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>{description} has already been returned in full.</source>
        <translation>{description} wurde bereits vollständig zurückgegeben.</translation>
    </message>
    <message>
        <source>{description}: only {available} left to return (the rest was returned before).</source>
        <translation>{description}: nur noch {available} zurückzugeben (der Rest kam schon früher zurück).</translation>
    </message>
    <message>
        <source>Line {line}: scan or choose the item the customer wants instead.</source>
        <translation>Position {line}: den gewünschten Ersatzartikel scannen oder wählen.</translation>
    </message>
    <message>
        <source>Line {line}: that replacement is not in the catalogue.</source>
        <translation>Position {line}: dieser Ersatz ist nicht im Katalog.</translation>
    </message>
    <message>
        <source>Line {line}: {desc} is not in stock here ({stock}); ship it from another store instead.</source>
        <translation>Position {line}: {desc} ist hier nicht vorrätig ({stock}); stattdessen aus einer anderen Filiale schicken.</translation>
    </message>
    <message>
        <source>Line {line}: the chosen store has no {desc} to ship.</source>
        <translation>Position {line}: die gewählte Filiale hat kein {desc} zum Verschicken.</translation>
    </message>
    <message>
        <source>Line {line}: no store has {desc} in stock to ship.</source>
        <translation>Position {line}: keine Filiale hat {desc} zum Verschicken vorrätig.</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Zeile {line}: {problem}</translation>
    </message>
    <message>
        <source>staff code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>The staff code must be letters and digits only.</source>
        <translation>Das Kürzel darf nur Buchstaben und Ziffern enthalten.</translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>Den Namen der Person angeben.</translation>
    </message>
    <message>
        <source>Role must be one of: {ROLES}.</source>
        <translation>Die Rolle muss eine von {ROLES} sein.</translation>
    </message>
    <message>
        <source>Staff code {code} is taken; choose another.</source>
        <translation>Das Kürzel {code} ist vergeben; ein anderes wählen.</translation>
    </message>
    <message>
        <source>There is no store {store_code}.</source>
        <translation>Es gibt keine Filiale {store_code}.</translation>
    </message>
    <message>
        <source>There is no staff member with code {code}.</source>
        <translation>Es gibt keine Person mit dem Kürzel {code}.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Das eigene Konto kann man nicht deaktivieren.</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a price; write it like 12.50.</source>
        <translation>&apos;{raw}&apos; ist kein Preis; so schreiben: 12.50.</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a price (negative or not a number).</source>
        <translation>&apos;{raw}&apos; ist kein Preis (negativ oder keine Zahl).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a barcode a spreadsheet turned into scientific notation: the digits are lost. Format the column as text and export again.</source>
        <translation>&apos;{text}&apos; ist ein Barcode, den eine Tabellenkalkulation in wissenschaftliche Schreibweise verwandelt hat: die Ziffern sind verloren. Die Spalte als Text formatieren und erneut exportieren.</translation>
    </message>
    <message>
        <source>a leading apostrophe was removed</source>
        <translation>ein führender Apostroph wurde entfernt</translation>
    </message>
    <message>
        <source>a trailing &apos;.0&apos; was removed</source>
        <translation>ein angehängtes &apos;.0&apos; wurde entfernt</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a barcode: it must be digits only.</source>
        <translation>&apos;{raw}&apos; ist kein Barcode: er darf nur Ziffern enthalten.</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; had lost its leading zero (a spreadsheet); restored as {restored}.</source>
        <translation>&apos;{raw}&apos; hatte seine führende Null verloren (Tabellenkalkulation); wiederhergestellt als {restored}.</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a valid barcode.</source>
        <translation>&apos;{raw}&apos; ist kein gültiger Barcode.</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a weight like &apos;1.2 kg&apos;.</source>
        <translation>&apos;{raw}&apos; ist kein Gewicht wie &apos;1.2 kg&apos;.</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos;: unknown weight unit &apos;{u}&apos;.</source>
        <translation>&apos;{raw}&apos;: unbekannte Gewichtseinheit &apos;{u}&apos;.</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a barcode: it must be digits only</source>
        <translation>&apos;{raw}&apos; ist kein Barcode: er darf nur Ziffern enthalten</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; has {count} digits; a barcode has 8, 12, 13 or 14</source>
        <translation>&apos;{raw}&apos; hat {count} Ziffern; ein Barcode hat 8, 12, 13 oder 14</translation>
    </message>
    <message>
        <source>check digit wrong — rescan or type the code</source>
        <translation>Prüfziffer falsch — erneut scannen oder den Code eintippen</translation>
    </message>
    <message>
        <source>Sign in first: this needs a signed-in staff member.</source>
        <translation>Zuerst anmelden: dafür muss jemand vom Personal angemeldet sein.</translation>
    </message>
    <message>
        <source>This store has staff accounts: sign in (the command line: --as CODE).</source>
        <translation>Diese Filiale hat Mitarbeiterkonten: anmelden (in der Befehlszeile: --as CODE).</translation>
    </message>
    <message>
        <source>an associate</source>
        <translation>eine Verkaufskraft</translation>
    </message>
    <message>
        <source>a shift lead</source>
        <translation>eine Schichtleitung</translation>
    </message>
    <message>
        <source>a store manager</source>
        <translation>die Filialleitung</translation>
    </message>
    <message>
        <source>an admin</source>
        <translation>die Administration</translation>
    </message>
    <message>
        <source>write customer notes</source>
        <translation>Kundennotizen schreiben</translation>
    </message>
    <message>
        <source>change customer records</source>
        <translation>Kundendaten ändern</translation>
    </message>
    <message>
        <source>change customer alerts</source>
        <translation>Kundenhinweise ändern</translation>
    </message>
    <message>
        <source>change follow-ups</source>
        <translation>Wiedervorlagen ändern</translation>
    </message>
    <message>
        <source>put items on hold</source>
        <translation>Artikel reservieren</translation>
    </message>
    <message>
        <source>prepare returns</source>
        <translation>Rückgaben vorbereiten</translation>
    </message>
    <message>
        <source>take returns</source>
        <translation>Rückgaben annehmen</translation>
    </message>
    <message>
        <source>ask for approvals</source>
        <translation>Genehmigungen anfragen</translation>
    </message>
    <message>
        <source>decide approvals</source>
        <translation>über Genehmigungen entscheiden</translation>
    </message>
    <message>
        <source>grant goodwill gestures</source>
        <translation>Kulanz gewähren</translation>
    </message>
    <message>
        <source>export a customer&apos;s data</source>
        <translation>die Daten eines Kunden exportieren</translation>
    </message>
    <message>
        <source>erase a customer</source>
        <translation>einen Kunden löschen</translation>
    </message>
    <message>
        <source>change staff accounts</source>
        <translation>Mitarbeiterkonten ändern</translation>
    </message>
    <message>
        <source>change the return policy</source>
        <translation>die Rückgaberichtlinie ändern</translation>
    </message>
    <message>
        <source>import the catalogue</source>
        <translation>den Katalog importieren</translation>
    </message>
    <message>
        <source>roll the catalogue back</source>
        <translation>einen Katalogimport zurücknehmen</translation>
    </message>
    <message>
        <source>change the store set-up</source>
        <translation>die Einrichtung der Filiale ändern</translation>
    </message>
    <message>
        <source>restore the database</source>
        <translation>die Datenbank wiederherstellen</translation>
    </message>
    <message>
        <source>revoke an audit signing key</source>
        <translation>einen Audit-Signaturschlüssel widerrufen</translation>
    </message>
    <message>
        <source>read the shift reports</source>
        <translation>die Schichtberichte lesen</translation>
    </message>
    <message>
        <source>send what was done offline</source>
        <translation>offline Erledigtes senden</translation>
    </message>
    <message>
        <source>review what was done offline</source>
        <translation>offline Erledigtes prüfen</translation>
    </message>
    <message>
        <source>You are signed in as {role}: you cannot give or change the account of {other}.</source>
        <translation>Sie sind als {role} angemeldet und können ein Konto für {other} weder vergeben noch ändern.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>You are signed in as {role}; only {who} may {what}. Ask them to sign in.</source>
        <translation>Sie sind als {role} angemeldet; nur {who} darf {what}. Diese Person bitten, sich anzumelden.</translation>
    </message>
    <message>
        <source>This sign-in is not recognised; sign in again.</source>
        <translation>Diese Anmeldung ist nicht bekannt; erneut anmelden.</translation>
    </message>
    <message>
        <source>You were signed out; sign in again.</source>
        <translation>Sie wurden abgemeldet; erneut anmelden.</translation>
    </message>
    <message>
        <source>Your sign-in has expired; sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen; erneut anmelden.</translation>
    </message>
    <message>
        <source>This staff account is no longer active.</source>
        <translation>Dieses Mitarbeiterkonto ist nicht mehr aktiv.</translation>
    </message>
    <message>
        <source>Nothing to return: the quantity must be at least 1.</source>
        <translation>Nichts zurückzugeben: die Menge muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>This store never sold “{description}”: taking it back is a goodwill exception that {role} must approve (declared value {money}).</source>
        <translation>Diese Filiale hat „{description}“ nie verkauft: die Rücknahme ist eine Kulanzausnahme, die {role} genehmigen muss (angegebener Wert {money}).</translation>
    </message>
    <message>
        <source>The customer keeps the item; nothing comes back to the shelf.</source>
        <translation>Der Kunde behält den Artikel; nichts kommt zurück ins Regal.</translation>
    </message>
    <message>
        <source>{description} was a final-sale item; only faulty goods are taken back.</source>
        <translation>{description} war ein Endverkaufsartikel; nur defekte Ware wird zurückgenommen.</translation>
    </message>
    <message>
        <source>the item is {condition}, which {role} must approve</source>
        <translation>der Artikel ist {condition}, was {role} genehmigen muss</translation>
    </message>
    <message>
        <source>Items returned {condition} cannot be taken back.</source>
        <translation>Artikel im Zustand {condition} können nicht zurückgenommen werden.</translation>
    </message>
    <message>
        <source>this item</source>
        <translation>diesen Artikel</translation>
    </message>
    <message>
        <source>Bought {days} days ago; the window for {dept} is {window} days and nobody may approve more than {limit} days past it.</source>
        <translation>Vor {days} Tagen gekauft; die Frist für {dept} beträgt {window} Tage, und niemand darf mehr als {limit} Tage darüber hinaus genehmigen.</translation>
    </message>
    <message>
        <source>bought {days} days ago; the window for {dept} is {window} days; {role} may approve up to {max_days_past_window} days past it</source>
        <translation>vor {days} Tagen gekauft; die Frist für {dept} beträgt {window} Tage; {role} darf bis {max_days_past_window} Tage darüber hinaus genehmigen</translation>
    </message>
    <message>
        <source>bought {days} days ago, within the {window}-day window</source>
        <translation>vor {days} Tagen gekauft, innerhalb der Frist von {window} Tagen</translation>
    </message>
    <message>
        <source>within policy</source>
        <translation>im Rahmen der Richtlinie</translation>
    </message>
    <message>
        <source>. Exchange: no refund.</source>
        <translation>. Umtausch: keine Erstattung.</translation>
    </message>
    <message>
        <source>no receipt: {no_receipt_refund_as} at the lowest price of the last {no_receipt_lowest_price_days} days</source>
        <translation>ohne Beleg: {no_receipt_refund_as} zum niedrigsten Preis der letzten {no_receipt_lowest_price_days} Tage</translation>
    </message>
    <message>
        <source>{description} cannot be returned under this store&apos;s policy; only faulty goods are taken back.</source>
        <translation>{description} kann nach der Richtlinie dieser Filiale nicht zurückgegeben werden; nur defekte Ware wird zurückgenommen.</translation>
    </message>
    <message>
        <source>{description} cannot be returned for hygiene reasons; only faulty goods are taken back.</source>
        <translation>{description} kann aus Hygienegründen nicht zurückgegeben werden; nur defekte Ware wird zurückgenommen.</translation>
    </message>
    <message>
        <source>{description} is perishable and cannot be returned; only faulty goods are taken back.</source>
        <translation>{description} ist verderblich und kann nicht zurückgegeben werden; nur defekte Ware wird zurückgenommen.</translation>
    </message>
    <message>
        <source>The customer bought {available} of these and has not returned them yet; {quantity} cannot be taken back.</source>
        <translation>Der Kunde hat davon {available} gekauft und noch nicht zurückgegeben; {quantity} Stück können nicht zurückgenommen werden.</translation>
    </message>
    <message>
        <source>Bought {days} days ago; the warranty is {window} days and nobody may approve more than {limit} days past it.</source>
        <translation>Vor {days} Tagen gekauft; die Garantie beträgt {window} Tage, und niemand darf mehr als {limit} Tage darüber hinaus genehmigen.</translation>
    </message>
    <message>
        <source>Bought {days} days ago; faulty goods are taken back within {window} days and nobody may approve more than {limit} days past it.</source>
        <translation>Vor {days} Tagen gekauft; defekte Ware wird innerhalb von {window} Tagen zurückgenommen, und niemand darf mehr als {limit} Tage darüber hinaus genehmigen.</translation>
    </message>
    <message>
        <source>faulty, bought {days} days ago; the warranty is {window} days; {role} may approve up to {max_days_past_window} days past it</source>
        <translation>defekt, vor {days} Tagen gekauft; die Garantie beträgt {window} Tage; {role} darf bis {max_days_past_window} Tage darüber hinaus genehmigen</translation>
    </message>
    <message>
        <source>faulty, bought {days} days ago; faulty goods are taken back within {window} days; {role} may approve up to {max_days_past_window} days past it</source>
        <translation>defekt, vor {days} Tagen gekauft; defekte Ware wird innerhalb von {window} Tagen zurückgenommen; {role} darf bis {max_days_past_window} Tage darüber hinaus genehmigen</translation>
    </message>
    <message>
        <source>faulty, bought {days} days ago, within the {window}-day warranty</source>
        <translation>defekt, vor {days} Tagen gekauft, innerhalb der Garantie von {window} Tagen</translation>
    </message>
    <message>
        <source>faulty, bought {days} days ago, within the {window}-day window for faulty goods</source>
        <translation>defekt, vor {days} Tagen gekauft, innerhalb der Frist von {window} Tagen für defekte Ware</translation>
    </message>
    <message>
        <source>restocking fee {fee_pct}% ({money})</source>
        <translation>Wiedereinlagerungsgebühr {fee_pct} % ({money})</translation>
    </message>
    <message>
        <source>This store&apos;s policy requires the receipt</source>
        <translation>Die Richtlinie dieser Filiale verlangt den Beleg</translation>
    </message>
    <message>
        <source>{no_receipt_returns_12m} returns without a receipt in the last 12 months (the limit is {no_receipt_cap_per_12m}); a shift lead must approve</source>
        <translation>{no_receipt_returns_12m} Rückgaben ohne Beleg in den letzten 12 Monaten (die Grenze ist {no_receipt_cap_per_12m}); eine Schichtleitung muss genehmigen</translation>
    </message>
    <message>
        <source>{money} without a receipt is over {money2}; a shift lead must approve</source>
        <translation>{money} ohne Beleg liegt über {money2}; eine Schichtleitung muss genehmigen</translation>
    </message>
    <message>
        <source>no receipt and the purchase is not in the customer&apos;s history; a shift lead must approve</source>
        <translation>kein Beleg und der Kauf steht nicht im Verlauf des Kunden; eine Schichtleitung muss genehmigen</translation>
    </message>
    <message>
        <source>Receipts from other stores are not taken here</source>
        <translation>Belege anderer Filialen werden hier nicht angenommen</translation>
    </message>
    <message>
        <source>bought at another store; a shift lead must approve</source>
        <translation>in einer anderen Filiale gekauft; eine Schichtleitung muss genehmigen</translation>
    </message>
    <message>
        <source>{money} is more than anyone here may refund</source>
        <translation>{money} ist mehr, als hier irgendjemand erstatten darf</translation>
    </message>
    <message>
        <source>The store&apos;s server is not answering: returns without a receipt wait until it is back</source>
        <translation>Der Server der Filiale antwortet nicht: Rückgaben ohne Beleg warten, bis er wieder da ist</translation>
    </message>
    <message>
        <source>{money} is more than the {money2} one return may give back while the server is away</source>
        <translation>{money} ist mehr als die {money2}, die eine Rückgabe erstatten darf, solange der Server weg ist</translation>
    </message>
    <message>
        <source>This counter has given back {money} while the server is away this shift; {money2} more would pass the {money3} allowed</source>
        <translation>Diese Kasse hat in dieser Schicht ohne Server {money} erstattet; weitere {money2} würden die erlaubten {money3} überschreiten</translation>
    </message>
    <message>
        <source>While the server is away only a shift lead signing in at this counter can approve; ask here again</source>
        <translation>Solange der Server weg ist, kann nur die Schichtleitung durch Anmeldung an dieser Kasse genehmigen; fragen Sie hier erneut</translation>
    </message>
    <message>
        <source>{money} is over your limit of {money2}; {role} may approve up to {money3}</source>
        <translation>{money} liegt über Ihrer Grenze von {money2}; {role} darf bis {money3} genehmigen</translation>
    </message>
    <message>
        <source>Allowed.</source>
        <translation>Erlaubt.</translation>
    </message>
    <message>
        <source>Judged on this counter&apos;s local copy while the server is away (offline limits apply).</source>
        <translation>Anhand der lokalen Kopie dieser Kasse geprüft, solange der Server weg ist (Offline-Grenzen gelten).</translation>
    </message>
    <message>
        <source>While the store&apos;s server is away, a return may give back at most {money} and this counter at most {money2} in a shift</source>
        <translation>Solange der Server der Filiale weg ist, darf eine Rückgabe höchstens {money} und diese Kasse höchstens {money2} je Schicht erstatten</translation>
    </message>
    <message>
        <source>returns without a receipt are taken</source>
        <translation>Rückgaben ohne Beleg werden angenommen</translation>
    </message>
    <message>
        <source>returns without a receipt wait</source>
        <translation>Rückgaben ohne Beleg warten</translation>
    </message>
    <message>
        <source>approvals come only from a shift lead signing in at this counter</source>
        <translation>Genehmigungen nur durch Anmeldung der Schichtleitung an dieser Kasse</translation>
    </message>
    <message>
        <source>Not returnable (hygiene).</source>
        <translation>Nicht rückgabefähig (Hygiene).</translation>
    </message>
    <message>
        <source>Not returnable (perishable).</source>
        <translation>Nicht rückgabefähig (verderblich).</translation>
    </message>
    <message>
        <source>Needs approval by {role}.</source>
        <translation>Braucht die Genehmigung durch {role}.</translation>
    </message>
    <message>
        <source>Not allowed by the policy.</source>
        <translation>Nach der Richtlinie nicht erlaubt.</translation>
    </message>
    <message>
        <source>entry {seq} appears twice (inserted)</source>
        <translation>Eintrag {seq} kommt zweimal vor (eingefügt)</translation>
    </message>
    <message>
        <source>entries {expected}–{last} are missing (deleted)</source>
        <translation>Einträge {expected}–{last} fehlen (gelöscht)</translation>
    </message>
    <message>
        <source>entry {seq} does not follow entry {previous} (inserted, reordered or deleted)</source>
        <translation>Eintrag {seq} folgt nicht auf Eintrag {previous} (eingefügt, umsortiert oder gelöscht)</translation>
    </message>
    <message>
        <source>entry {seq} was edited after it was written</source>
        <translation>Eintrag {seq} wurde nach dem Schreiben verändert</translation>
    </message>
    <message>
        <source>entry {seq} was moved (reordered)</source>
        <translation>Eintrag {seq} wurde verschoben (umsortiert)</translation>
    </message>
    <message>
        <source>No product has the barcode {text}.</source>
        <translation>Kein Produkt hat den Barcode {text}.</translation>
    </message>
    <message>
        <source>No exact match; showing results for “{corrected}”.</source>
        <translation>Kein genauer Treffer; Ergebnisse für „{corrected}“.</translation>
    </message>
    <message>
        <source>Nothing found. Check the spelling, or scan the barcode.</source>
        <translation>Nichts gefunden. Die Schreibweise prüfen oder den Barcode scannen.</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Question before purchase</source>
        <translation>Frage vor dem Kauf</translation>
    </message>
    <message>
        <source>Product problem</source>
        <translation>Produktproblem</translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <translation>Fehlersuche</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>Lob</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <source>Return / exchange</source>
        <translation>Rückgabe / Umtausch</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verwendet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Verkaufskraft</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>Schichtleitung</translation>
    </message>
    <message>
        <source>Store manager</source>
        <translation>Filialleitung</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Customer loyalty</source>
        <translation>Kundentreue</translation>
    </message>
    <message>
        <source>Medical / personal</source>
        <translation>Medizinisch / persönlich</translation>
    </message>
    <message>
        <source>Our mistake</source>
        <translation>Unser Fehler</translation>
    </message>
    <message>
        <source>Product fault</source>
        <translation>Produktfehler</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Kulanz</translation>
    </message>
    <message>
        <source>light</source>
        <translation>hell</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>dunkel</translation>
    </message>
    <message>
        <source>high contrast</source>
        <translation>hoher Kontrast</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Umtausch</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Details are in {path}.</source>
        <translation>Details stehen in {path}.</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}).</source>
        <translation>Etwas ist schiefgelaufen ({kind}).</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>To deactivate</source>
        <translation>Zu deaktivieren</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Exchanged now</source>
        <translation>Sofort umgetauscht</translation>
    </message>
    <message>
        <source>Exchange shipped</source>
        <translation>Umtausch verschickt</translation>
    </message>
    <message>
        <source>Kept; other one ordered</source>
        <translation>Behalten; anderer bestellt</translation>
    </message>
    <message>
        <source>Kept (goodwill)</source>
        <translation>Behalten (Kulanz)</translation>
    </message>
    <message>
        <source>of which tax</source>
        <translation>davon Steuer</translation>
    </message>
    <message>
        <source>Restocking fees</source>
        <translation>Wiedereinlagerungsgebühren</translation>
    </message>
    <message>
        <source>Customer pays (replacement or order)</source>
        <translation>Kunde zahlt (Ersatz oder Bestellung)</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>Kunde: {name}</translation>
    </message>
    <message>
        <source>W</source>
        <translation>B</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>D</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Anderswo</translation>
    </message>
    <message>
        <source>{stock} ({held} held)</source>
        <translation>{stock} ({held} reserviert)</translation>
    </message>
    <message>
        <source>{stock} in stock, {held} held</source>
        <translation>{stock} vorrätig, {held} reserviert</translation>
    </message>
    <message>
        <source>{stock} in stock</source>
        <translation>{stock} vorrätig</translation>
    </message>
    <message>
        <source>Regular {price}</source>
        <translation>Regulär {price}</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count} gefunden</translation>
    </message>
    <message>
        <source>A refund of {refund} would be more than is left of the {paid} paid on {receipt_no}.</source>
        <translation>Eine Erstattung von {refund} wäre mehr, als von den {paid} auf {receipt_no} übrig ist.</translation>
    </message>
    <message>
        <source>under 5 min</source>
        <translation>unter 5 Min.</translation>
    </message>
    <message>
        <source>5–15 min</source>
        <translation>5–15 Min.</translation>
    </message>
    <message>
        <source>15–60 min</source>
        <translation>15–60 Min.</translation>
    </message>
    <message>
        <source>1–4 h</source>
        <translation>1–4 Std.</translation>
    </message>
    <message>
        <source>over 4 h</source>
        <translation>über 4 Std.</translation>
    </message>
    <message>
        <source>The store</source>
        <translation>Die Filiale</translation>
    </message>
    <message>
        <source>of unknown age</source>
        <translation>unbekannten Alters</translation>
    </message>
    <message>
        <source>{n} s old</source>
        <translation>{n} s alt</translation>
    </message>
    <message>
        <source>{n} min old</source>
        <translation>{n} Min. alt</translation>
    </message>
    <message>
        <source>{n} h old</source>
        <translation>{n} Std. alt</translation>
    </message>
    <message>
        <source>posassist: the server at {where} did not answer; answered from this counter&apos;s local copy ({age}).</source>
        <translation>posassist: Der Server unter {where} hat nicht geantwortet; Antwort aus der lokalen Kopie dieser Kasse ({age}).</translation>
    </message>
    <message>
        <source>{path} can be read by others; make it private first (chmod 600 {path}).</source>
        <translation>{path} ist für andere lesbar; die Datei zuerst privat machen (chmod 600 {path}).</translation>
    </message>
    <message>
        <source>Cannot read the PIN file {path}: {err}</source>
        <translation>Die PIN-Datei {path} kann nicht gelesen werden: {err}</translation>
    </message>
    <message>
        <source>PIN for {code}: </source>
        <translation>PIN für {code}: </translation>
    </message>
    <message>
        <source>{what} changes data: say who you are with --as CODE (or POSASSIST_AS); the PIN is asked, read from standard input or from --pin-file.</source>
        <translation>{what} ändert Daten: mit --as CODE (oder POSASSIST_AS) angeben, wer Sie sind; die PIN wird abgefragt oder von der Standardeingabe bzw. aus --pin-file gelesen.</translation>
    </message>
    <message>
        <source>Name the configuration file: posassist setup store.toml (or --export).</source>
        <translation>Die Konfigurationsdatei angeben: posassist setup store.toml (oder --export).</translation>
    </message>
    <message>
        <source>Cannot read {file}: {err}</source>
        <translation>{file} kann nicht gelesen werden: {err}</translation>
    </message>
    <message>
        <source>staff {code} is new: give a pin (or the pin_hash an export wrote).</source>
        <translation>staff {code} ist neu: eine pin angeben (oder den pin_hash, den ein Export geschrieben hat).</translation>
    </message>
    <message>
        <source>{path} (line {line})</source>
        <translation>{path} (Zeile {line})</translation>
    </message>
    <message>
        <source>{at}: {message}</source>
        <translation>{at}: {message}</translation>
    </message>
    <message>
        <source>expected a table of settings</source>
        <translation>erwartet wird eine Tabelle mit Einstellungen</translation>
    </message>
    <message>
        <source>unknown setting; the settings here are: {keys}.</source>
        <translation>unbekannte Einstellung; die Einstellungen hier sind: {keys}.</translation>
    </message>
    <message>
        <source>this setting is required</source>
        <translation>diese Einstellung ist erforderlich</translation>
    </message>
    <message>
        <source>expected text in quotes</source>
        <translation>erwartet wird Text in Anführungszeichen</translation>
    </message>
    <message>
        <source>expected a whole number from {low} to {high}</source>
        <translation>erwartet wird eine ganze Zahl von {low} bis {high}</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>erwartet wird true oder false</translation>
    </message>
    <message>
        <source>expected an amount in quotes, e.g. &quot;250.00&quot;</source>
        <translation>erwartet wird ein Betrag in Anführungszeichen, z. B. &quot;250.00&quot;</translation>
    </message>
    <message>
        <source>The file is not valid TOML: {err}</source>
        <translation>Die Datei ist kein gültiges TOML: {err}</translation>
    </message>
    <message>
        <source>unknown section; the sections are: {keys}.</source>
        <translation>unbekannter Abschnitt; die Abschnitte sind: {keys}.</translation>
    </message>
    <message>
        <source>expected a table of policy settings</source>
        <translation>erwartet wird eine Tabelle mit Einstellungen der Richtlinie</translation>
    </message>
    <message>
        <source>write each store as a [[stores]] table</source>
        <translation>jede Filiale als eigene [[stores]]-Tabelle schreiben</translation>
    </message>
    <message>
        <source>letters, digits, - and _ only (at most 20)</source>
        <translation>nur Buchstaben, Ziffern, - und _ (höchstens 20)</translation>
    </message>
    <message>
        <source>store code {code} is used twice</source>
        <translation>das Filialkürzel {code} kommt doppelt vor</translation>
    </message>
    <message>
        <source>{tz} is not a time zone (e.g. America/Toronto)</source>
        <translation>{tz} ist keine Zeitzone (z. B. America/Toronto)</translation>
    </message>
    <message>
        <source>{currency} is not an ISO 4217 currency code (e.g. CAD, EUR)</source>
        <translation>{currency} ist kein Währungscode nach ISO 4217 (z. B. CAD, EUR)</translation>
    </message>
    <message>
        <source>metric or imperial</source>
        <translation>metric oder imperial</translation>
    </message>
    <message>
        <source>{value} is not a region: write the country, or country-subdivision (DE, CA-QC, US-OH)</source>
        <translation>{value} ist keine Region: schreiben Sie das Land oder Land-Unterregion (DE, CA-QC, US-OH)</translation>
    </message>
    <message>
        <source>the path of an image file ({types})</source>
        <translation>der Pfad einer Bilddatei ({types})</translation>
    </message>
    <message>
        <source>expected degrees from -{b} to {b}</source>
        <translation>erwartet werden Grad von -{b} bis {b}</translation>
    </message>
    <message>
        <source>write each distance as a [[distances]] table</source>
        <translation>jede Entfernung als eigene [[distances]]-Tabelle schreiben</translation>
    </message>
    <message>
        <source>there is no store {code} in this file</source>
        <translation>in dieser Datei gibt es keine Filiale {code}</translation>
    </message>
    <message>
        <source>write each role as a [role_limits.ROLE] table</source>
        <translation>jede Rolle als eigene [role_limits.ROLE]-Tabelle schreiben</translation>
    </message>
    <message>
        <source>{role} is not a role; the roles are: {roles}.</source>
        <translation>{role} ist keine Rolle; die Rollen sind: {roles}.</translation>
    </message>
    <message>
        <source>a list of: {kinds}</source>
        <translation>eine Liste aus: {kinds}</translation>
    </message>
    <message>
        <source>goodwill_per_shift ≤ goodwill_per_week ≤ goodwill_per_month: a shorter budget cannot be larger than a longer one</source>
        <translation>goodwill_per_shift ≤ goodwill_per_week ≤ goodwill_per_month: ein kürzeres Budget kann nicht größer sein als ein längeres</translation>
    </message>
    <message>
        <source>write each person as a [[staff]] table</source>
        <translation>jede Person als eigene [[staff]]-Tabelle schreiben</translation>
    </message>
    <message>
        <source>letters and digits only</source>
        <translation>nur Buchstaben und Ziffern</translation>
    </message>
    <message>
        <source>staff code {code} is used twice</source>
        <translation>das Mitarbeiterkürzel {code} kommt doppelt vor</translation>
    </message>
    <message>
        <source>one of: {roles}</source>
        <translation>eines von: {roles}</translation>
    </message>
    <message>
        <source>an argon2id hash as written by --export</source>
        <translation>ein argon2id-Hash, wie ihn --export schreibt</translation>
    </message>
    <message>
        <source>write each condition as a [[condition_codes]] table</source>
        <translation>schreiben Sie jede Bedingung als [[condition_codes]]-Tabelle</translation>
    </message>
    <message>
        <source>condition code {code} is used twice</source>
        <translation>der Zustandscode {code} wird zweimal verwendet</translation>
    </message>
    <message>
        <source>{value} is not a condition the policy knows; write one of: {known}.</source>
        <translation>{value} ist kein Zustand, den die Richtlinie kennt; schreiben Sie einen von: {known}.</translation>
    </message>
    <message>
        <source>keep at least one active condition</source>
        <translation>behalten Sie mindestens einen aktiven Zustand</translation>
    </message>
    <message>
        <source>a list such as [&quot;sun&quot;]</source>
        <translation>eine Liste wie [&quot;sun&quot;]</translation>
    </message>
    <message>
        <source>a list of dates such as [&quot;2026-12-25&quot;]</source>
        <translation>eine Liste von Daten wie [&quot;2026-12-25&quot;]</translation>
    </message>
    <message>
        <source>a store must be open at least one day a week</source>
        <translation>eine Filiale muss mindestens einen Tag pro Woche geöffnet sein</translation>
    </message>
    <message>
        <source>Allergy conflict: {customer}&apos;s alert says “{alert}”; this product lists “{allergens}”.</source>
        <translation>Allergiekonflikt: Die Meldung zu {customer} lautet „{alert}“; dieses Produkt nennt „{allergens}“.</translation>
    </message>
    <message>
        <source>Allergy conflict</source>
        <translation>Allergiekonflikt</translation>
    </message>
    <message>
        <source>Tell the customer before going on.</source>
        <translation>Sagen Sie es der Kundin oder dem Kunden, bevor Sie weitermachen.</translation>
    </message>
    <message>
        <source>&amp;Acknowledge: I told the customer</source>
        <translation>&amp;Bestätigen: Ich habe es gesagt</translation>
    </message>
    <message>
        <source>Acknowledge: I told the customer</source>
        <translation>Bestätigen: Ich habe es gesagt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>This deactivates {deactivated:,} items the file no longer lists, most of the catalogue (they are not deleted). Continue?</source>
        <translation>Dadurch werden {deactivated:,} Artikel deaktiviert, die die Datei nicht mehr enthält – der größte Teil des Katalogs (sie werden nicht gelöscht). Fortfahren?</translation>
    </message>
    <message>
        <source>Returnable</source>
        <translation>Rückgabe möglich</translation>
    </message>
    <message>
        <source>Final sale</source>
        <translation>Kein Umtausch</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Zutaten</translation>
    </message>
    <message>
        <source>Net content</source>
        <translation>Füllmenge</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>  … {more:,} more changes (the counts above cover them all)</source>
        <translation>  … {more:,} weitere Änderungen (die Zahlen oben umfassen alle)</translation>
    </message>
    <message>
        <source>SKU {sku} is also on row {first} with the same options; remove one of the two rows.</source>
        <translation>Die SKU {sku} steht auch in Zeile {first} mit denselben Optionen; entfernen Sie eine der beiden Zeilen.</translation>
    </message>
    <message>
        <source>SKU {sku} is also on row {first} ({title} {options}); both are imported and a scan of {sku} shows both.</source>
        <translation>Die SKU {sku} steht auch in Zeile {first} ({title} {options}); beide werden importiert, ein Scan von {sku} zeigt beide.</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>compare-at price</source>
        <translation>Vergleichspreis</translation>
    </message>
    <message>
        <source>barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>sellable</source>
        <translation>verkäuflich</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>warranty</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>returnable</source>
        <translation>Rückgabe möglich</translation>
    </message>
    <message>
        <source>allergens</source>
        <translation>Allergene</translation>
    </message>
    <message>
        <source>department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>This full sync deactivates {deactivated:,} of the {active:,} active items (they are not deleted); confirm it (--yes on the command line) to apply.</source>
        <translation>Dieser vollständige Abgleich deaktiviert {deactivated:,} der {active:,} aktiven Artikel (sie werden nicht gelöscht); bestätigen Sie ihn (--yes in der Befehlszeile), um ihn anzuwenden.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Delivers</source>
        <translation>Liefert</translation>
    </message>
    <message>
        <source>Prices include tax</source>
        <translation>Preise inkl. Steuer</translation>
    </message>
    <message>
        <source>Tax rounded per</source>
        <translation>Steuer gerundet je</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Rundung</translation>
    </message>
    <message>
        <source>Tax class</source>
        <translation>Steuerklasse</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Satz %</translation>
    </message>
    <message>
        <source>On top of the taxes before it</source>
        <translation>Auf die vorigen Steuern aufgeschlagen</translation>
    </message>
    <message>
        <source>May approve</source>
        <translation>Darf genehmigen</translation>
    </message>
    <message>
        <source>Refund up to</source>
        <translation>Erstattung bis</translation>
    </message>
    <message>
        <source>Days past the window</source>
        <translation>Tage nach der Frist</translation>
    </message>
    <message>
        <source>Goodwill per shift</source>
        <translation>Kulanz je Schicht</translation>
    </message>
    <message>
        <source>Goodwill per week</source>
        <translation>Kulanz pro Woche</translation>
    </message>
    <message>
        <source>Goodwill per month</source>
        <translation>Kulanz je Monat</translation>
    </message>
    <message>
        <source>Discount up to %</source>
        <translation>Rabatt bis %</translation>
    </message>
    <message>
        <source>Approves</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>PIN length</source>
        <translation>PIN-Länge</translation>
    </message>
    <message>
        <source>Words shown</source>
        <translation>Angezeigter Text</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Gebrauch</translation>
    </message>
    <message>
        <source>&amp;Stores</source>
        <translation>&amp;Filialen</translation>
    </message>
    <message>
        <source>&amp;Tax</source>
        <translation>S&amp;teuer</translation>
    </message>
    <message>
        <source>Role &amp;limits and budgets</source>
        <translation>&amp;Grenzen und Budgets der Rollen</translation>
    </message>
    <message>
        <source>&amp;Reason codes</source>
        <translation>G&amp;ründe</translation>
    </message>
    <message>
        <source>Store set-up</source>
        <translation>Filial-Einrichtung</translation>
    </message>
    <message>
        <source>Store set-up: stores, tax, limits, reasons</source>
        <translation>Filial-Einrichtung: Filialen, Steuer, Grenzen, Gründe</translation>
    </message>
    <message>
        <source>Sections of the store set-up</source>
        <translation>Bereiche der Filial-Einrichtung</translation>
    </message>
    <message>
        <source>&amp;Add a row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a row to this table</source>
        <translation>Dieser Tabelle eine Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move the row</source>
        <translation>Zeile ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Die gewählte Zeile entfernen</translation>
    </message>
    <message>
        <source>Sa&amp;ve (Ctrl+S)</source>
        <translation>&amp;Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Die Änderungen speichern</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Schließen ohne zu speichern</translation>
    </message>
    <message>
        <source>What saving did or what to fix</source>
        <translation>Was das Speichern ergab oder was zu korrigieren ist</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved: {n} change(s).</source>
        <translation>Gespeichert: {n} Änderung(en).</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>Store set-up: stores, tax, limits, reasons…</source>
        <translation>Filial-Einrichtung: Filialen, Steuer, Grenzen, Gründe…</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>{rate} %</source>
        <translation>{rate} %</translation>
    </message>
    <message>
        <source>of which {component} {rate}</source>
        <translation>davon {component} {rate}</translation>
    </message>
    <message>
        <source>No sales tax is charged in this store: the amounts are the prices on the card.</source>
        <translation>In dieser Filiale wird keine Umsatzsteuer erhoben: die Beträge sind die Preise auf der Karte.</translation>
    </message>
    <message>
        <source>Prices here include tax ({rates}), as on the product card.</source>
        <translation>Die Preise hier enthalten die Steuer ({rates}), wie auf der Produktkarte.</translation>
    </message>
    <message>
        <source>Prices on the product card are before tax; {rates} is added to them here.</source>
        <translation>Die Preise auf der Produktkarte sind ohne Steuer; {rates} kommt hier hinzu.</translation>
    </message>
    <message>
        <source>{item}: {shelf} on the card + {tax} tax = {price}.</source>
        <translation>{item}: {shelf} auf der Karte + {tax} Steuer = {price}.</translation>
    </message>
    <message>
        <source>{item}: {price}, of which {tax} tax.</source>
        <translation>{item}: {price}, davon {tax} Steuer.</translation>
    </message>
    <message>
        <source>line or receipt</source>
        <translation>line oder receipt</translation>
    </message>
    <message>
        <source>half_up or half_even</source>
        <translation>half_up oder half_even</translation>
    </message>
    <message>
        <source>write each tax rate as a [[tax]] table</source>
        <translation>jeden Steuersatz als [[tax]]-Tabelle schreiben</translation>
    </message>
    <message>
        <source>{value} is not a tax class; the classes are: {classes}.</source>
        <translation>{value} ist keine Steuerklasse; die Klassen sind: {classes}.</translation>
    </message>
    <message>
        <source>a short name such as GST, QST or VAT</source>
        <translation>ein kurzer Name wie GST, QST oder VAT</translation>
    </message>
    <message>
        <source>{value} is not a tax rate: give a percent from 0 to 100 with at most 4 decimals (e.g. &quot;9.975&quot;).</source>
        <translation>{value} ist kein Steuersatz: einen Prozentsatz von 0 bis 100 mit höchstens 4 Nachkommastellen angeben (z. B. &quot;9.975&quot;).</translation>
    </message>
    <message>
        <source>the {tax_class} class charges no tax; give 0 or leave it out.</source>
        <translation>die Klasse {tax_class} erhebt keine Steuer; 0 angeben oder weglassen.</translation>
    </message>
    <message>
        <source>{component} is given twice for store {store}</source>
        <translation>{component} ist für die Filiale {store} zweimal angegeben</translation>
    </message>
    <message>
        <source>{value} is not a tax region; the regions are: {regions}.</source>
        <translation>{value} ist keine Steuerregion; die Regionen sind: {regions}.</translation>
    </message>
    <message>
        <source>write departments = {...} and products = {...} under [tax_classes]</source>
        <translation>departments = {...} und products = {...} unter [tax_classes] schreiben</translation>
    </message>
    <message>
        <source>a table of code = class</source>
        <translation>eine Tabelle aus Code = Klasse</translation>
    </message>
    <message>
        <source>write each reason as a [[reason_codes]] table</source>
        <translation>jeden Grund als [[reason_codes]]-Tabelle schreiben</translation>
    </message>
    <message>
        <source>lower-case letters, digits and _ only (at most 32)</source>
        <translation>nur Kleinbuchstaben, Ziffern und _ (höchstens 32)</translation>
    </message>
    <message>
        <source>reason code {code} is used twice</source>
        <translation>der Grund {code} kommt zweimal vor</translation>
    </message>
    <message>
        <source>keep at least one active reason, or approvers cannot decide</source>
        <translation>mindestens einen aktiven Grund behalten, sonst können Genehmigende nicht entscheiden</translation>
    </message>
    <message>
        <source>{region} — no sales tax</source>
        <translation>{region} — keine Umsatzsteuer</translation>
    </message>
    <message>
        <source>prices include tax</source>
        <translation>Preise inkl. Steuer</translation>
    </message>
    <message>
        <source>prices before tax</source>
        <translation>Preise ohne Steuer</translation>
    </message>
    <message>
        <source>Your store</source>
        <translation>Ihre Filiale</translation>
    </message>
    <message>
        <source>What the receipts and the window will say. Tab moves on; Enter goes to the next step.</source>
        <translation>Was auf den Belegen und im Fenster steht. Tab geht weiter; Enter zum nächsten Schritt.</translation>
    </message>
    <message>
        <source>Store code</source>
        <translation>Filialcode</translation>
    </message>
    <message>
        <source>e.g. QC1</source>
        <translation>z. B. QC1</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Name der Filiale</translation>
    </message>
    <message>
        <source>Store address</source>
        <translation>Adresse der Filiale</translation>
    </message>
    <message>
        <source>Language of the store</source>
        <translation>Sprache der Filiale</translation>
    </message>
    <message>
        <source>Tax region</source>
        <translation>Steuerregion</translation>
    </message>
    <message>
        <source>Store &amp;code:</source>
        <translation>Filial&amp;code:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Ta&amp;x region:</source>
        <translation>Steuer&amp;region:</translation>
    </message>
    <message>
        <source>What to fix on this page</source>
        <translation>Was auf dieser Seite zu korrigieren ist</translation>
    </message>
    <message>
        <source>the store code</source>
        <translation>den Filialcode</translation>
    </message>
    <message>
        <source>the store name</source>
        <translation>den Namen der Filiale</translation>
    </message>
    <message>
        <source>Fill in {what}.</source>
        <translation>Bitte {what} eintragen.</translation>
    </message>
    <message>
        <source>The first admin</source>
        <translation>Der erste Admin</translation>
    </message>
    <message>
        <source>The account that signs in next and sets up everything else.</source>
        <translation>Das Konto, das sich als Nächstes anmeldet und alles Weitere einrichtet.</translation>
    </message>
    <message>
        <source>Admin staff code</source>
        <translation>Personalcode des Admins</translation>
    </message>
    <message>
        <source>digits or letters, e.g. 1</source>
        <translation>Ziffern oder Buchstaben, z. B. 1</translation>
    </message>
    <message>
        <source>Admin name</source>
        <translation>Name des Admins</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN des Admins</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>Admin PIN again</source>
        <translation>PIN des Admins wiederholen</translation>
    </message>
    <message>
        <source>Staff &amp;code:</source>
        <translation>Personal&amp;code:</translation>
    </message>
    <message>
        <source>PIN a&amp;gain:</source>
        <translation>PIN &amp;wiederholen:</translation>
    </message>
    <message>
        <source>the staff code</source>
        <translation>den Personalcode</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>den Namen</translation>
    </message>
    <message>
        <source>a PIN</source>
        <translation>eine PIN</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>Die beiden PINs unterscheiden sich; zweimal dieselbe PIN eingeben.</translation>
    </message>
    <message>
        <source>Then import {what} from {file}</source>
        <translation>Danach importieren: {what} aus {file}</translation>
    </message>
    <message>
        <source>The store is set up, but {problem} Press Set up to go on; import it later from the admin menu (Ctrl+Shift+I the catalogue, Ctrl+Shift+J customers and sales).</source>
        <translation>Das Geschäft ist eingerichtet, aber: {problem} Drücken Sie „Einrichten“, um fortzufahren; importieren Sie es später über das Admin-Menü (Ctrl+Shift+I den Katalog, Ctrl+Shift+J Kunden und Verkäufe).</translation>
    </message>
    <message>
        <source>Catalogue file to import</source>
        <translation>Zu importierende Katalogdatei</translation>
    </message>
    <message>
        <source>a CSV, JSON, Shopify or Google file</source>
        <translation>eine CSV-, JSON-, Shopify- oder Google-Datei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose: {what}</source>
        <translation>Auswählen: {what}</translation>
    </message>
    <message>
        <source>Optional: staff, catalogue, customers and sales history</source>
        <translation>Optional: Mitarbeiter, Katalog, Kunden und Verkaufsverlauf</translation>
    </message>
    <message>
        <source>All can wait: Ctrl+Shift+S adds staff, Ctrl+Shift+I imports the catalogue and Ctrl+Shift+J the customers and sales later.</source>
        <translation>Alles kann warten: Ctrl+Shift+S fügt später Mitarbeiter hinzu, Ctrl+Shift+I importiert den Katalog und Ctrl+Shift+J die Kunden und Verkäufe.</translation>
    </message>
    <message>
        <source>More staff, one per line: code, name, role, PIN</source>
        <translation>Weiteres Personal, eine Person je Zeile: Code, Name, Rolle, PIN</translation>
    </message>
    <message>
        <source>20, Luc Gagnon, shift_lead, 820463</source>
        <translation>20, Luc Gagnon, shift_lead, 820463</translation>
    </message>
    <message>
        <source>Customers file to import</source>
        <translation>Zu importierende Kundendatei</translation>
    </message>
    <message>
        <source>a Shopify customers export or a customers CSV</source>
        <translation>ein Shopify-Kundenexport oder eine Kunden-CSV</translation>
    </message>
    <message>
        <source>Customers file</source>
        <translation>Kundendatei</translation>
    </message>
    <message>
        <source>Sales history file to import</source>
        <translation>Zu importierende Datei mit dem Verkaufsverlauf</translation>
    </message>
    <message>
        <source>a Shopify, Square or WooCommerce orders export, or a sales CSV</source>
        <translation>ein Bestellexport aus Shopify, Square oder WooCommerce oder eine Verkaufs-CSV</translation>
    </message>
    <message>
        <source>Sales history file</source>
        <translation>Datei mit dem Verkaufsverlauf</translation>
    </message>
    <message>
        <source>&amp;Staff (code, name, role, PIN):</source>
        <translation>&amp;Personal (Code, Name, Rolle, PIN):</translation>
    </message>
    <message>
        <source>Roles: {roles}.</source>
        <translation>Rollen: {roles}.</translation>
    </message>
    <message>
        <source>&amp;Catalogue:</source>
        <translation>&amp;Katalog:</translation>
    </message>
    <message>
        <source>C&amp;ustomers:</source>
        <translation>Ku&amp;nden:</translation>
    </message>
    <message>
        <source>Sales &amp;history:</source>
        <translation>Verkaufs&amp;verlauf:</translation>
    </message>
    <message>
        <source>Staff line {n}: write code, name, role, PIN separated by commas.</source>
        <translation>Personal-Zeile {n}: Code, Name, Rolle, PIN durch Kommas getrennt schreiben.</translation>
    </message>
    <message>
        <source>the catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>the customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>the sales history</source>
        <translation>Verkaufsverlauf</translation>
    </message>
    <message>
        <source>{what} was not imported: {problem}</source>
        <translation>{what} nicht importiert: {problem}</translation>
    </message>
    <message>
        <source>Ready to set up</source>
        <translation>Bereit zur Einrichtung</translation>
    </message>
    <message>
        <source>What Finish will write</source>
        <translation>Was beim Abschließen geschrieben wird</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefging</translation>
    </message>
    <message>
        <source>Set up the store</source>
        <translation>Die Filiale einrichten</translation>
    </message>
    <message>
        <source>posassist — set up the store</source>
        <translation>posassist — die Filiale einrichten</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Einrichten</translation>
    </message>
    <message>
        <source>Store {code}: {name}</source>
        <translation>Filiale {code}: {name}</translation>
    </message>
    <message>
        <source>Time zone {tz}, currency {currency}</source>
        <translation>Zeitzone {tz}, Währung {currency}</translation>
    </message>
    <message>
        <source>Tax: {tax}</source>
        <translation>Steuer: {tax}</translation>
    </message>
    <message>
        <source>First admin: {code} {name}</source>
        <translation>Erster Admin: {code} {name}</translation>
    </message>
    <message>
        <source>{n} more staff</source>
        <translation>{n} weitere Personen</translation>
    </message>
    <message>
        <source>Press Set up (Alt+S) to write it; Cancel leaves nothing behind.</source>
        <translation>Einrichten (Alt+E) schreibt es; Abbrechen hinterlässt nichts.</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>Wird eingerichtet…</translation>
    </message>
    <message>
        <source>Nothing is lost: the receipt can be printed again.</source>
        <translation>Nichts geht verloren: Der Beleg kann erneut gedruckt werden.</translation>
    </message>
    <message>
        <source>The printer {name} is not there: check its cable (or network) and that it is switched on, then print again.</source>
        <translation>Der Drucker {name} ist nicht erreichbar: Kabel (oder Netzwerk) prüfen und ob er eingeschaltet ist, dann erneut drucken.</translation>
    </message>
    <message>
        <source>The printer {name} does not answer: switch it on, wait until it is ready, then print again.</source>
        <translation>Der Drucker {name} antwortet nicht: einschalten, warten bis er bereit ist, dann erneut drucken.</translation>
    </message>
    <message>
        <source>The printer {name} is out of paper: put in a new roll, close the cover, then print again.</source>
        <translation>Der Drucker {name} hat kein Papier mehr: neue Rolle einlegen, Deckel schließen, dann erneut drucken.</translation>
    </message>
    <message>
        <source>The printer {name} stopped while printing (switched off or unplugged?): check it, then print again.</source>
        <translation>Der Drucker {name} hat beim Drucken aufgehört (ausgeschaltet oder ausgesteckt?): prüfen, dann erneut drucken.</translation>
    </message>
    <message>
        <source>The printer address {name} is not one posassist can use: USB as 04b8:0202, network as host:9100, serial as /dev/ttyUSB0@9600.</source>
        <translation>Mit der Druckeradresse {name} kann posassist nichts anfangen: USB als 04b8:0202, Netzwerk als host:9100, seriell als /dev/ttyUSB0@9600.</translation>
    </message>
    <message>
        <source>The receipt could not be written to {name}: {detail}.</source>
        <translation>Der Beleg konnte nicht nach {name} geschrieben werden: {detail}.</translation>
    </message>
    <message>
        <source>The PDF {name} could not be written: {detail}.</source>
        <translation>Das PDF {name} konnte nicht geschrieben werden: {detail}.</translation>
    </message>
    <message>
        <source>The system printer {name} could not print: {detail}.</source>
        <translation>Der Systemdrucker {name} konnte nicht drucken: {detail}.</translation>
    </message>
    <message>
        <source>There is no printer called {name} at this counter; see the counter&apos;s printers in the settings.</source>
        <translation>An dieser Kasse gibt es keinen Drucker namens {name}; siehe die Drucker der Kasse in den Einstellungen.</translation>
    </message>
    <message>
        <source>Sales receipt</source>
        <translation>Kassenbeleg</translation>
    </message>
    <message>
        <source>Exchange receipt</source>
        <translation>Umtauschbeleg</translation>
    </message>
    <message>
        <source>Order receipt</source>
        <translation>Bestellbeleg</translation>
    </message>
    <message>
        <source>Return receipt</source>
        <translation>Rückgabebeleg</translation>
    </message>
    <message>
        <source>Store credit voucher</source>
        <translation>Gutschein (Guthaben)</translation>
    </message>
    <message>
        <source>Hold receipt</source>
        <translation>Reservierungsbeleg</translation>
    </message>
    <message>
        <source>Goodwill receipt</source>
        <translation>Kulanzbeleg</translation>
    </message>
    <message>
        <source>Printer test page</source>
        <translation>Drucker-Testseite</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bargeld</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Geschenkkarte</translation>
    </message>
    <message>
        <source>Original payment</source>
        <translation>Ursprüngliche Zahlung</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Scheck</translation>
    </message>
    <message>
        <source>*** COPY ***</source>
        <translation>*** KOPIE ***</translation>
    </message>
    <message>
        <source>Gift receipt</source>
        <translation>Geschenkbeleg</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Store / counter</source>
        <translation>Filiale / Kasse</translation>
    </message>
    <message>
        <source>Served by {name} ({role})</source>
        <translation>Bedient von {name} ({role})</translation>
    </message>
    <message>
        <source>Approved by {name} ({role})</source>
        <translation>Genehmigt von {name} ({role})</translation>
    </message>
    <message>
        <source>Original receipt {number} of {date}</source>
        <translation>Ursprünglicher Beleg {number} vom {date}</translation>
    </message>
    <message>
        <source>Original receipt {number}</source>
        <translation>Ursprünglicher Beleg {number}</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>{component} {rate} % (included)</source>
        <translation>{component} {rate} % (enthalten)</translation>
    </message>
    <message>
        <source>{component} {rate} %</source>
        <translation>{component} {rate} %</translation>
    </message>
    <message>
        <source>Tax (included)</source>
        <translation>Steuer (enthalten)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Refund to {tender}</source>
        <translation>Erstattung auf {tender}</translation>
    </message>
    <message>
        <source>Paid by {tender}</source>
        <translation>Bezahlt mit {tender}</translation>
    </message>
    <message>
        <source>Store credit voucher {number}</source>
        <translation>Gutschein {number}</translation>
    </message>
    <message>
        <source>Issued here</source>
        <translation>Hier ausgestellt</translation>
    </message>
    <message>
        <source>Spent here</source>
        <translation>Hier eingelöst</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Restguthaben</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Replacement / order: {receipt}</source>
        <translation>Ersatz / Bestellung: {receipt}</translation>
    </message>
    <message>
        <source>Return policy version {version}</source>
        <translation>Rückgaberichtlinie Version {version}</translation>
    </message>
    <message>
        <source>A gift for you: show this receipt to exchange or return it.</source>
        <translation>Ein Geschenk für Sie: Mit diesem Beleg können Sie es umtauschen oder zurückgeben.</translation>
    </message>
    <message>
        <source>Thank you. Keep this receipt for your records.</source>
        <translation>Vielen Dank. Bitte bewahren Sie diesen Beleg auf.</translation>
    </message>
    <message>
        <source>Counter {counter} has no receipt printer set up.</source>
        <translation>Für die Kasse {counter} ist kein Belegdrucker eingerichtet.</translation>
    </message>
    <message>
        <source>PDF folder</source>
        <translation>PDF-Ordner</translation>
    </message>
    <message>
        <source>Printer {name}: {width} mm, code page {code_page}, barcode {barcode}.</source>
        <translation>Drucker {name}: {width} mm, Codepage {code_page}, Barcode {barcode}.</translation>
    </message>
    <message>
        <source>Set up the store first: printers belong to a store&apos;s counter.</source>
        <translation>Richten Sie zuerst die Filiale ein: Drucker gehören zu einer Kasse einer Filiale.</translation>
    </message>
    <message>
        <source>Give the printer a name (up to 64 characters).</source>
        <translation>Geben Sie dem Drucker einen Namen (bis zu 64 Zeichen).</translation>
    </message>
    <message>
        <source>Choose how the printer is connected.</source>
        <translation>Wählen Sie, wie der Drucker angeschlossen ist.</translation>
    </message>
    <message>
        <source>Say where the printer is: USB as 04b8:0202, network as host:9100, serial as /dev/ttyUSB0@9600, or a device file.</source>
        <translation>Geben Sie an, wo der Drucker ist: USB als 04b8:0202, Netzwerk als host:9100, seriell als /dev/ttyUSB0@9600 oder eine Gerätedatei.</translation>
    </message>
    <message>
        <source>There is no printer called {name} at this counter.</source>
        <translation>An dieser Kasse gibt es keinen Drucker namens {name}.</translation>
    </message>
    <message>
        <source>No sale, return or store credit voucher has the number {code}; check it (or scan the receipt&apos;s barcode).</source>
        <translation>Kein Verkauf, keine Rückgabe und kein Gutschein hat die Nummer {code}; prüfen Sie sie (oder scannen Sie den Barcode des Belegs).</translation>
    </message>
    <message>
        <source>Collect at {store} from {day}.</source>
        <translation>Abholung in {store} ab {day}.</translation>
    </message>
    <message>
        <source>Sent from {store}.</source>
        <translation>Versandt aus {store}.</translation>
    </message>
    <message>
        <source>Promised for {day}.</source>
        <translation>Zugesagt für {day}.</translation>
    </message>
    <message>
        <source>Kept until {day}, then back on the shelf.</source>
        <translation>Aufbewahrt bis {day}, danach zurück ins Regal.</translation>
    </message>
    <message>
        <source>Store credit must be more than zero.</source>
        <translation>Ein Guthaben muss größer als null sein.</translation>
    </message>
    <message>
        <source>Scan or type the voucher number.</source>
        <translation>Gutscheinnummer scannen oder eintippen.</translation>
    </message>
    <message>
        <source>No store credit voucher has the number {code}; check it and scan again.</source>
        <translation>Kein Gutschein hat die Nummer {code}; prüfen und erneut scannen.</translation>
    </message>
    <message>
        <source>No exchange or order has the number {code}.</source>
        <translation>Kein Umtausch und keine Bestellung hat die Nummer {code}.</translation>
    </message>
    <message>
        <source>Type the amount to pay with store credit (more than zero).</source>
        <translation>Tippen Sie den Betrag ein, der mit Guthaben bezahlt wird (größer als null).</translation>
    </message>
    <message>
        <source>Voucher {number} is in {voucher}, the sale in {sale}: it cannot pay for it.</source>
        <translation>Gutschein {number} lautet auf {voucher}, der Verkauf auf {sale}: Damit kann er nicht bezahlt werden.</translation>
    </message>
    <message>
        <source>Voucher {number} expired on {day}.</source>
        <translation>Gutschein {number} ist am {day} abgelaufen.</translation>
    </message>
    <message>
        <source>{receipt} has {left} left to pay; store credit cannot pay more than that.</source>
        <translation>Auf {receipt} sind noch {left} zu zahlen; mehr kann das Guthaben nicht bezahlen.</translation>
    </message>
    <message>
        <source>Voucher {number} has only {balance} left (it may just have been used at another counter).</source>
        <translation>Auf Gutschein {number} sind nur noch {balance} (vielleicht wurde er gerade an einer anderen Kasse eingelöst).</translation>
    </message>
    <message>
        <source>That goodwill gesture is not on file.</source>
        <translation>Diese Kulanzleistung ist nicht erfasst.</translation>
    </message>
    <message>
        <source>Store credit for a gesture needs the gesture approved first.</source>
        <translation>Guthaben für eine Kulanzleistung setzt voraus, dass sie zuerst genehmigt wurde.</translation>
    </message>
    <message>
        <source>The gesture has no cost to give as store credit.</source>
        <translation>Die Kulanzleistung hat keinen Betrag, der als Guthaben ausgegeben werden könnte.</translation>
    </message>
    <message>
        <source>This gesture&apos;s store credit was already issued.</source>
        <translation>Das Guthaben für diese Kulanzleistung wurde bereits ausgestellt.</translation>
    </message>
    <message>
        <source>Counter {counter} has no receipt printer set up: use --to pdf:PATH or escpos-file:PATH, or add one with &apos;posassist printer add&apos;.</source>
        <translation>Für die Kasse {counter} ist kein Belegdrucker eingerichtet: --to pdf:PFAD oder escpos-file:PFAD verwenden oder einen mit &apos;posassist printer add&apos; hinzufügen.</translation>
    </message>
    <message>
        <source>gift receipt</source>
        <translation>Geschenkbeleg</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <source>Printed {what} {number}{copy} to {where}</source>
        <translation>{what} {number}{copy} gedruckt nach {where}</translation>
    </message>
    <message>
        <source>Printer {label} saved for counter {counter}</source>
        <translation>Drucker {label} für Kasse {counter} gespeichert</translation>
    </message>
    <message>
        <source>Printer {name} removed</source>
        <translation>Drucker {name} entfernt</translation>
    </message>
    <message>
        <source>Test page printed to {where}</source>
        <translation>Testseite gedruckt nach {where}</translation>
    </message>
    <message>
        <source>, valid until {day}</source>
        <translation>, gültig bis {day}</translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation> (abgelaufen)</translation>
    </message>
    <message>
        <source>{number}: {balance} of {issued} left{until}{state}</source>
        <translation>{number}: noch {balance} von {issued}{until}{state}</translation>
    </message>
    <message>
        <source>{count} store credit voucher(s) expired.</source>
        <translation>{count} Gutschein(e) abgelaufen.</translation>
    </message>
    <message>
        <source>{number}: {amount} (valid until {day})</source>
        <translation>{number}: {amount} (gültig bis {day})</translation>
    </message>
    <message>
        <source>--amount {amount} is not an amount (e.g. 12.50).</source>
        <translation>--amount {amount} ist kein Betrag (z. B. 12.50).</translation>
    </message>
    <message>
        <source>{amount} paid on {sale} with {voucher}; {balance} left on the voucher</source>
        <translation>{amount} auf {sale} mit {voucher} bezahlt; {balance} bleiben auf dem Gutschein</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>{what} {number}{copy} printed: {where}</source>
        <translation>{what} {number}{copy} gedruckt: {where}</translation>
    </message>
    <message>
        <source>The receipt did not print</source>
        <translation>Der Beleg wurde nicht gedruckt</translation>
    </message>
    <message>
        <source>&amp;Print again</source>
        <translation>&amp;Erneut drucken</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>print receipts</source>
        <translation>Belege drucken</translation>
    </message>
    <message>
        <source>issue store credit</source>
        <translation>Guthaben ausstellen</translation>
    </message>
    <message>
        <source>pay with store credit</source>
        <translation>mit Guthaben bezahlen</translation>
    </message>
    <message>
        <source>set up the counter&apos;s printers</source>
        <translation>die Drucker der Kasse einrichten</translation>
    </message>
    <message>
        <source>Store credit balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Edit the customer&apos;s record (Ctrl+E)</source>
        <translation>Die Kundendaten bearbeiten (Strg+E)</translation>
    </message>
    <message>
        <source>Merge a duplicate record into this one (Ctrl+M)</source>
        <translation>Einen doppelten Datensatz in diesen zusammenführen (Strg+M)</translation>
    </message>
    <message>
        <source>Your role may not do this; ask a shift lead.</source>
        <translation>Ihre Rolle darf das nicht; fragen Sie eine Schichtleitung.</translation>
    </message>
    <message>
        <source>Merged; it can be undone until the day is closed (Ctrl+M).</source>
        <translation>Zusammengeführt; das lässt sich rückgängig machen, bis der Tag abgeschlossen ist (Strg+M).</translation>
    </message>
    <message>
        <source>Merge undone: the duplicate is a record of its own again.</source>
        <translation>Zusammenführung rückgängig gemacht: das Duplikat ist wieder ein eigener Datensatz.</translation>
    </message>
    <message>
        <source>Store credit: {amount}</source>
        <translation>Guthaben: {amount}</translation>
    </message>
    <message>
        <source>Thermal printer on the network (ESC/POS, port 9100)</source>
        <translation>Thermodrucker im Netzwerk (ESC/POS, Port 9100)</translation>
    </message>
    <message>
        <source>Thermal printer on USB (ESC/POS)</source>
        <translation>Thermodrucker an USB (ESC/POS)</translation>
    </message>
    <message>
        <source>Thermal printer on a serial port (ESC/POS)</source>
        <translation>Thermodrucker an serieller Schnittstelle (ESC/POS)</translation>
    </message>
    <message>
        <source>Thermal printer as a device file (ESC/POS)</source>
        <translation>Thermodrucker als Gerätedatei (ESC/POS)</translation>
    </message>
    <message>
        <source>A printer of this computer (office printer)</source>
        <translation>Ein Drucker dieses Computers (Bürodrucker)</translation>
    </message>
    <message>
        <source>PDF files in a folder</source>
        <translation>PDF-Dateien in einem Ordner</translation>
    </message>
    <message>
        <source>Receipt printers of this counter</source>
        <translation>Belegdrucker dieser Kasse</translation>
    </message>
    <message>
        <source>Receipt printers of counter {counter}</source>
        <translation>Belegdrucker der Kasse {counter}</translation>
    </message>
    <message>
        <source>Printers of this counter</source>
        <translation>Drucker dieser Kasse</translation>
    </message>
    <message>
        <source>Printer name</source>
        <translation>Druckername</translation>
    </message>
    <message>
        <source>How the printer is connected</source>
        <translation>Wie der Drucker angeschlossen ist</translation>
    </message>
    <message>
        <source>Where the printer is</source>
        <translation>Wo der Drucker ist</translation>
    </message>
    <message>
        <source>04b8:0202, host:9100, /dev/ttyUSB0@9600</source>
        <translation>04b8:0202, host:9100, /dev/ttyUSB0@9600</translation>
    </message>
    <message>
        <source>Roll width</source>
        <translation>Rollenbreite</translation>
    </message>
    <message>
        <source>{mm} mm</source>
        <translation>{mm} mm</translation>
    </message>
    <message>
        <source>Code page for accented letters</source>
        <translation>Codepage für Umlaute und Akzente</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Barcode on the receipt</source>
        <translation>Barcode auf dem Beleg</translation>
    </message>
    <message>
        <source>Code 128 (QR when too long)</source>
        <translation>Code 128 (QR, wenn zu lang)</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>&amp;Default printer of this counter</source>
        <translation>&amp;Standarddrucker dieser Kasse</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>Standarddrucker</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the printer</source>
        <translation>Drucker speichern</translation>
    </message>
    <message>
        <source>Print a &amp;test page</source>
        <translation>&amp;Testseite drucken</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Testseite drucken</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the printer</source>
        <translation>Drucker entfernen</translation>
    </message>
    <message>
        <source>Printer message</source>
        <translation>Druckermeldung</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Anschluss:</translation>
    </message>
    <message>
        <source>Roll &amp;width:</source>
        <translation>Rollen&amp;breite:</translation>
    </message>
    <message>
        <source>Code &amp;page:</source>
        <translation>&amp;Codepage:</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>Bar&amp;code:</translation>
    </message>
    <message>
        <source>No printer yet: receipts are saved as PDFs in the data folder.</source>
        <translation>Noch kein Drucker: Belege werden als PDF im Datenordner gespeichert.</translation>
    </message>
    <message>
        <source>Saved {label}.</source>
        <translation>{label} gespeichert.</translation>
    </message>
    <message>
        <source>Printing a test page on {name}…</source>
        <translation>Testseite wird auf {name} gedruckt…</translation>
    </message>
    <message>
        <source>Test page printed: {where}</source>
        <translation>Testseite gedruckt: {where}</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} entfernt.</translation>
    </message>
    <message>
        <source>Receipt printers…</source>
        <translation>Belegdrucker…</translation>
    </message>
    <message>
        <source>Ctrl+P / Ctrl+G</source>
        <translation>Strg+P / Strg+G</translation>
    </message>
    <message>
        <source>in the timeline: reprint the receipt (a copy) / a gift receipt</source>
        <translation>im Verlauf: Beleg nachdrucken (Kopie) / Geschenkbeleg</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Strg+Umschalt+R</translation>
    </message>
    <message>
        <source>this counter&apos;s receipt printers (managers)</source>
        <translation>Belegdrucker dieser Kasse (Filialleitung)</translation>
    </message>
    <message>
        <source>Voucher number</source>
        <translation>Gutscheinnummer</translation>
    </message>
    <message>
        <source>Scan the voucher&apos;s barcode</source>
        <translation>Barcode des Gutscheins scannen</translation>
    </message>
    <message>
        <source>Voucher balance</source>
        <translation>Restguthaben des Gutscheins</translation>
    </message>
    <message>
        <source>Exchange or order to pay</source>
        <translation>Zu bezahlender Umtausch oder Bestellung</translation>
    </message>
    <message>
        <source>Amount to pay with store credit</source>
        <translation>Mit Gutschrift zu zahlender Betrag</translation>
    </message>
    <message>
        <source>&amp;Pay with store credit</source>
        <translation>Mit Gutschrift &amp;bezahlen</translation>
    </message>
    <message>
        <source>Pay with store credit</source>
        <translation>Mit Gutschrift bezahlen</translation>
    </message>
    <message>
        <source>Store credit message</source>
        <translation>Meldung zur Gutschrift</translation>
    </message>
    <message>
        <source>&amp;Voucher:</source>
        <translation>&amp;Gutschein:</translation>
    </message>
    <message>
        <source>&amp;Exchange or order:</source>
        <translation>&amp;Umtausch oder Bestellung:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Be&amp;trag:</translation>
    </message>
    <message>
        <source>Store credit: balance, pay with a voucher</source>
        <translation>Gutschrift: Guthaben, mit Gutschein bezahlen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Strg+Umschalt+C</translation>
    </message>
    <message>
        <source>store credit: a voucher&apos;s balance, pay with it</source>
        <translation>Gutschrift: Guthaben eines Gutscheins, damit bezahlen</translation>
    </message>
    <message>
        <source>Another sale or customer import is running ({who}, since {since:%H:%M} UTC); wait for it to finish.</source>
        <translation>Ein anderer Verkaufs- oder Kundenimport läuft ({who}, seit {since:%H:%M} UTC); warten Sie, bis er fertig ist.</translation>
    </message>
    <message>
        <source>Set up a store first (&apos;posassist setup&apos;); imported sales belong to a store.</source>
        <translation>Richten Sie zuerst ein Geschäft ein (&apos;posassist setup&apos;); importierte Verkäufe gehören zu einem Geschäft.</translation>
    </message>
    <message>
        <source>--format must be auto, {formats}.</source>
        <translation>--format muss auto, {formats} sein.</translation>
    </message>
    <message>
        <source>This is a customers export, not orders: import it with &apos;posassist customer import&apos;.</source>
        <translation>Dies ist ein Kundenexport, keine Bestellungen: importieren Sie ihn mit &apos;posassist customer import&apos;.</translation>
    </message>
    <message>
        <source>This is an orders export: import it with &apos;posassist sale import&apos; (it brings the customers too).</source>
        <translation>Dies ist ein Bestellexport: importieren Sie ihn mit &apos;posassist sale import&apos; (er bringt auch die Kunden mit).</translation>
    </message>
    <message>
        <source>import sales and customers</source>
        <translation>Verkäufe und Kunden importieren</translation>
    </message>
    <message>
        <source>Only purchases, returns and goodwill gestures have a receipt to print.</source>
        <translation>Nur Käufe, Rückgaben und Kulanzleistungen haben einen Beleg zum Drucken.</translation>
    </message>
    <message>
        <source>--grant-to is for PostgreSQL; an SQLite file has no roles.</source>
        <translation>--grant-to gilt für PostgreSQL; eine SQLite-Datei hat keine Rollen.</translation>
    </message>
    <message>
        <source>{name}&apos;s PIN was set by the person asking: {name} chooses their own PIN (staff set-pin) before approving their requests.</source>
        <translation>Die PIN von {name} wurde von der anfragenden Person gesetzt: {name} wählt zuerst eine eigene PIN (staff set-pin), bevor sie deren Anfragen genehmigt.</translation>
    </message>
    <message>
        <source>Too many wrong PINs for {code} since its last sign-in: a store manager sets a new PIN (an unlock is not enough).</source>
        <translation>Zu viele falsche PINs für {code} seit der letzten Anmeldung: Eine Filialleitung setzt eine neue PIN (Entsperren genügt nicht).</translation>
    </message>
    <message>
        <source>The account {code} was changed outside posassist (no matching record in the audit log); it cannot sign in until an admin sets it up again.</source>
        <translation>Das Konto {code} wurde außerhalb von posassist geändert (kein passender Eintrag im Prüfprotokoll); es kann sich erst anmelden, wenn ein Admin es neu einrichtet.</translation>
    </message>
    <message>
        <source>record {row} is larger than {mb} MB and was not read (POSASSIST_IMPORT_MAX_RECORD_BYTES sets the limit)</source>
        <translation>Datensatz {row} ist größer als {mb} MB und wurde nicht gelesen (POSASSIST_IMPORT_MAX_RECORD_BYTES setzt die Grenze)</translation>
    </message>
    <message>
        <source>Only http and https addresses can be imported ({url}).</source>
        <translation>Nur http- und https-Adressen können importiert werden ({url}).</translation>
    </message>
    <message>
        <source>{url} names no host.</source>
        <translation>{url} nennt keinen Host.</translation>
    </message>
    <message>
        <source>Could not find the host {host} ({err}); check the address.</source>
        <translation>Der Host {host} wurde nicht gefunden ({err}); prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>{host} is on a private, loopback or link-local address ({addr}); posassist does not fetch those unless an admin allows the host (POSASSIST_DOWNLOAD_ALLOW_HOSTS).</source>
        <translation>{host} liegt auf einer privaten, Loopback- oder Link-Local-Adresse ({addr}); posassist lädt von dort nur, wenn ein Admin den Host erlaubt (POSASSIST_DOWNLOAD_ALLOW_HOSTS).</translation>
    </message>
    <message>
        <source>The download of {source} took longer than {s:.0f} s and was stopped; nothing was changed (POSASSIST_DOWNLOAD_DEADLINE_S sets the limit).</source>
        <translation>Der Download von {source} dauerte länger als {s:.0f} s und wurde abgebrochen; nichts wurde geändert (POSASSIST_DOWNLOAD_DEADLINE_S setzt die Grenze).</translation>
    </message>
    <message>
        <source>{source} is larger than {mb} MB and was not downloaded; nothing was changed (POSASSIST_DOWNLOAD_MAX_BYTES sets the limit).</source>
        <translation>{source} ist größer als {mb} MB und wurde nicht heruntergeladen; nichts wurde geändert (POSASSIST_DOWNLOAD_MAX_BYTES setzt die Grenze).</translation>
    </message>
    <message>
        <source>The first line cannot be read as a table: {err}</source>
        <translation>Die erste Zeile lässt sich nicht als Tabelle lesen: {err}</translation>
    </message>
    <message>
        <source>the first line</source>
        <translation>die erste Zeile</translation>
    </message>
    <message>
        <source>the rest of the file cannot be read: {err}</source>
        <translation>der Rest der Datei lässt sich nicht lesen: {err}</translation>
    </message>
    <message>
        <source>The customer was erased, but {n} receipt file(s) could not be deleted: {first}</source>
        <translation>Die Kundendaten wurden gelöscht, aber {n} Belegdatei(en) ließen sich nicht löschen: {first}</translation>
    </message>
    <message>
        <source>{code} has had {n} wrong PINs since the last sign-in: an unlock is not enough, set a new PIN (staff set-pin {code}).</source>
        <translation>{code} hatte seit der letzten Anmeldung {n} falsche PINs: Entsperren genügt nicht, setzen Sie eine neue PIN (staff set-pin {code}).</translation>
    </message>
    <message>
        <source>register an audit signing key</source>
        <translation>einen Signaturschlüssel für das Prüfprotokoll registrieren</translation>
    </message>
    <message>
        <source>entry {seq} adds signing key {key} that does not match the registered keys</source>
        <translation>Eintrag {seq} fügt den Signaturschlüssel {key} hinzu, der nicht zu den registrierten Schlüsseln passt</translation>
    </message>
    <message>
        <source>entry {seq} adds signing key {key} without the signature of a key registered before it</source>
        <translation>Eintrag {seq} fügt den Signaturschlüssel {key} ohne die Signatur eines zuvor registrierten Schlüssels hinzu</translation>
    </message>
    <message>
        <source>entry {seq} is not signed, though every entry since {first} must be (signature removed?)</source>
        <translation>Eintrag {seq} ist nicht signiert, obwohl jeder Eintrag seit {first} es sein muss (Signatur entfernt?)</translation>
    </message>
    <message>
        <source>entry {seq} is signed by key {key}, which was revoked at entry {revoked} (a lost or stolen key?)</source>
        <translation>Eintrag {seq} ist mit Schlüssel {key} signiert, der bei Eintrag {revoked} widerrufen wurde (ein verlorener oder gestohlener Schlüssel?)</translation>
    </message>
    <message>
        <source>entry {seq} is signed by key {key}, which is not registered (posassist audit key add)</source>
        <translation>Eintrag {seq} ist mit dem Schlüssel {key} signiert, der nicht registriert ist (posassist audit key add)</translation>
    </message>
    <message>
        <source>entry {seq} was edited after it was signed (its signature does not match)</source>
        <translation>Eintrag {seq} wurde nach dem Signieren geändert (die Signatur passt nicht)</translation>
    </message>
    <message>
        <source>entry {seq} revokes signing key {key}, which is not a valid registered key</source>
        <translation>Eintrag {seq} widerruft den Signaturschlüssel {key}, der kein gültiger registrierter Schlüssel ist</translation>
    </message>
    <message>
        <source>entry {seq} revokes signing key {key} with its own signature</source>
        <translation>Eintrag {seq} widerruft den Signaturschlüssel {key} mit dessen eigener Signatur</translation>
    </message>
    <message>
        <source>signing key {key} ({name}) is in the database without the audited admin action that adds keys (inserted by SQL?)</source>
        <translation>Der Signaturschlüssel {key} ({name}) steht ohne die protokollierte Admin-Aktion, die Schlüssel hinzufügt, in der Datenbank (per SQL eingefügt?)</translation>
    </message>
    <message>
        <source>offline entry {seq} of counter {counter}</source>
        <translation>Offline-Eintrag {seq} der Kasse {counter}</translation>
    </message>
    <message>
        <source>{where} does not follow the one before it (deleted or inserted)</source>
        <translation>{where} schließt nicht an den vorherigen an (gelöscht oder eingefügt)</translation>
    </message>
    <message>
        <source>{where} was edited after it was written</source>
        <translation>{where} wurde nach dem Schreiben geändert</translation>
    </message>
    <message>
        <source>{where} is not signed by a registered key (forged or edited)</source>
        <translation>{where} ist nicht mit einem registrierten Schlüssel signiert (gefälscht oder geändert)</translation>
    </message>
    <message>
        <source>{where} is not signed, though the store signs its audit log (signature removed or entry forged?)</source>
        <translation>{where} ist nicht signiert, obwohl das Geschäft sein Prüfprotokoll signiert (Signatur entfernt oder Eintrag gefälscht?)</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>Warnung: {warning}</translation>
    </message>
    <message>
        <source>This counter has no audit signing key (see the log file); check POSASSIST_CONFIG_DIR or POSASSIST_AUDIT_KEY.</source>
        <translation>Diese Kasse hat keinen Signaturschlüssel für das Prüfprotokoll (siehe Protokolldatei); prüfen Sie POSASSIST_CONFIG_DIR oder POSASSIST_AUDIT_KEY.</translation>
    </message>
    <message>
        <source>{role} is not a PostgreSQL role name (letters, digits and _).</source>
        <translation>{role} ist kein PostgreSQL-Rollenname (Buchstaben, Ziffern und _).</translation>
    </message>
    <message>
        <source>The counters&apos; role {role} is the owner that runs db upgrade; give counters a role of their own (see the README).</source>
        <translation>Die Rolle der Kassen, {role}, ist der Eigentümer, der db upgrade ausführt; geben Sie den Kassen eine eigene Rolle (siehe README).</translation>
    </message>
    <message>
        <source>A public key is 64 hexadecimal digits (posassist audit key show prints it).</source>
        <translation>Ein öffentlicher Schlüssel hat 64 Hexadezimalziffern (posassist audit key show zeigt ihn).</translation>
    </message>
    <message>
        <source>Key {key} is already registered (as {name}).</source>
        <translation>Der Schlüssel {key} ist bereits registriert (als {name}).</translation>
    </message>
    <message>
        <source>This counter has no signing key; check POSASSIST_AUDIT_KEY.</source>
        <translation>Diese Kasse hat keinen Signaturschlüssel; prüfen Sie POSASSIST_AUDIT_KEY.</translation>
    </message>
    <message>
        <source>Register this counter&apos;s own key first (posassist audit key add, no key given).</source>
        <translation>Registrieren Sie zuerst den eigenen Schlüssel dieser Kasse (posassist audit key add, ohne Schlüssel).</translation>
    </message>
    <message>
        <source>This counter&apos;s key is not registered, so it cannot vouch for another: add this key from a counter whose key is (posassist audit key add {key})</source>
        <translation>Der Schlüssel dieser Kasse ist nicht registriert und kann daher für keinen anderen bürgen: Fügen Sie diesen Schlüssel an einer Kasse hinzu, deren Schlüssel registriert ist (posassist audit key add {key})</translation>
    </message>
    <message>
        <source>Say why the key is revoked (--reason), e.g. &apos;laptop stolen&apos;.</source>
        <translation>Sagen Sie, warum der Schlüssel widerrufen wird (--reason), z. B. „Laptop gestohlen“.</translation>
    </message>
    <message>
        <source>No registered key is {key} (posassist audit key list shows them).</source>
        <translation>Kein registrierter Schlüssel heißt {key} (posassist audit key list zeigt sie).</translation>
    </message>
    <message>
        <source>Key {key} was already revoked at entry {seq}.</source>
        <translation>Schlüssel {key} wurde bereits bei Eintrag {seq} widerrufen.</translation>
    </message>
    <message>
        <source>This counter&apos;s own key is not a valid registered key, so it cannot revoke one.</source>
        <translation>Der eigene Schlüssel dieser Kasse ist kein gültiger registrierter Schlüssel; sie kann daher keinen widerrufen.</translation>
    </message>
    <message>
        <source>That is this counter&apos;s own key: give the counter a new one first (posassist audit key rotate), then revoke the old one.</source>
        <translation>Das ist der eigene Schlüssel dieser Kasse: geben Sie ihr zuerst einen neuen (posassist audit key rotate) und widerrufen Sie dann den alten.</translation>
    </message>
    <message>
        <source>This counter&apos;s key is not a valid registered key; register it first (posassist audit key add).</source>
        <translation>Der Schlüssel dieser Kasse ist kein gültiger registrierter Schlüssel; registrieren Sie ihn zuerst (posassist audit key add).</translation>
    </message>
    <message>
        <source>a checkpoint in {path} is not signed by this counter (the file was edited)</source>
        <translation>ein Kontrollpunkt in {path} ist nicht von dieser Kasse signiert (die Datei wurde geändert)</translation>
    </message>
    <message>
        <source>the log ends at entry {top}, but this counter saw entry {seq} on {at}: entries were deleted, or an older copy was restored</source>
        <translation>das Protokoll endet bei Eintrag {top}, aber diese Kasse sah am {at} Eintrag {seq}: Einträge wurden gelöscht oder eine ältere Kopie wiederhergestellt</translation>
    </message>
    <message>
        <source>entry {seq} is not the one this counter saw on {at}: the log was rewritten from there on (or another copy restored)</source>
        <translation>Eintrag {seq} ist nicht der, den diese Kasse am {at} sah: Das Protokoll wurde ab dort neu geschrieben (oder eine andere Kopie wiederhergestellt)</translation>
    </message>
    <message>
        <source>This counter cannot read its audit checkpoints ({exc}).</source>
        <translation>Diese Kasse kann ihre Kontrollpunkte des Prüfprotokolls nicht lesen ({exc}).</translation>
    </message>
    <message>
        <source>The audit log does not match what this counter saw before: {problem}. The finding was recorded; tell the store manager (posassist audit verify).</source>
        <translation>Das Prüfprotokoll passt nicht zu dem, was diese Kasse zuvor sah: {problem}. Der Befund wurde protokolliert; informieren Sie die Filialleitung (posassist audit verify).</translation>
    </message>
    <message>
        <source>The audit signing key {path} can be read by others; make it private (chmod 600 {path}).</source>
        <translation>Der Signaturschlüssel {path} ist für andere lesbar; machen Sie ihn privat (chmod 600 {path}).</translation>
    </message>
    <message>
        <source>The audit signing key {path} cannot be read ({exc}); restore it from its backup.</source>
        <translation>Der Signaturschlüssel {path} lässt sich nicht lesen ({exc}); stellen Sie ihn aus seiner Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The audit signing key {path} is not an Ed25519 key.</source>
        <translation>Der Signaturschlüssel {path} ist kein Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>The audit key is set to the keyring, but the keyring package is not installed (pip install keyring).</source>
        <translation>Der Prüfschlüssel soll im Schlüsselbund liegen, aber das Paket keyring ist nicht installiert (pip install keyring).</translation>
    </message>
    <message>
        <source>C&amp;hoose a printer of this computer…</source>
        <translation>Drucker dieses Computers aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Choose a system printer</source>
        <translation>Systemdrucker auswählen</translation>
    </message>
    <message>
        <source>The limits of the role {role} were changed outside posassist; an admin applies the set-up again (posassist setup) before this role signs in.</source>
        <translation>Die Grenzen der Rolle {role} wurden außerhalb von posassist geändert; ein Admin wendet die Einrichtung erneut an (posassist setup), bevor sich diese Rolle anmeldet.</translation>
    </message>
    <message>
        <source>Message received at</source>
        <translation>Nachricht eingegangen um</translation>
    </message>
    <message>
        <source>When the customer&apos;s message came in: the response time is measured from it</source>
        <translation>Wann die Nachricht des Kunden einging: die Antwortzeit wird ab dann gemessen</translation>
    </message>
    <message>
        <source>Recei&amp;ved:</source>
        <translation>Eingegangen &amp;um:</translation>
    </message>
    <message>
        <source>Note te&amp;xt:</source>
        <translation>Te&amp;xt der Notiz:</translation>
    </message>
    <message>
        <source>Choose the reason (type its first letters or ↓)</source>
        <translation>Grund wählen (Anfangsbuchstaben tippen oder ↓)</translation>
    </message>
    <message>
        <source>The replacement item</source>
        <translation>Der Ersatzartikel</translation>
    </message>
    <message>
        <source>{held} (ordered: {ordered})</source>
        <translation>{held} (bestellt: {ordered})</translation>
    </message>
    <message>
        <source>The sale found</source>
        <translation>Der gefundene Verkauf</translation>
    </message>
    <message>
        <source>What happened with this sale</source>
        <translation>Was bei diesem Verkauf passiert ist</translation>
    </message>
    <message>
        <source>the item</source>
        <translation>der Artikel</translation>
    </message>
    <message>
        <source>The customer keeps: {item} × {count}.</source>
        <translation>Der Kunde behält: {item} × {count}.</translation>
    </message>
    <message>
        <source>Coming back: {item} × {count}.</source>
        <translation>Kommt zurück: {item} × {count}.</translation>
    </message>
    <message>
        <source>The customer gets: {item} × {count}.</source>
        <translation>Der Kunde erhält: {item} × {count}.</translation>
    </message>
    <message>
        <source>{item}: the customer pays {price}.</source>
        <translation>{item}: der Kunde zahlt {price}.</translation>
    </message>
    <message>
        <source>An even exchange: nothing to pay, nothing back.</source>
        <translation>Ein gleichwertiger Umtausch: nichts zu zahlen, nichts zurück.</translation>
    </message>
    <message>
        <source>{new} − {old} paid = {diff} for the customer to pay.</source>
        <translation>{new} − {old} bezahlt = {diff}, die der Kunde zahlt.</translation>
    </message>
    <message>
        <source>{old} paid − {new} = {diff} back to the customer.</source>
        <translation>{old} bezahlt − {new} = {diff} zurück an den Kunden.</translation>
    </message>
    <message>
        <source>{item}: {paid} paid − {fee} restocking fee = {back} back.</source>
        <translation>{item}: {paid} bezahlt − {fee} Wiedereinlagerungsgebühr = {back} zurück.</translation>
    </message>
    <message>
        <source>Fix what is marked in red (Back), then come here again.</source>
        <translation>Beheben Sie das rot Markierte (Zurück) und kommen Sie dann wieder hierher.</translation>
    </message>
    <message>
        <source>Tell the customer why it cannot be taken back; a goodwill gesture is F8 after closing this.</source>
        <translation>Sagen Sie dem Kunden, warum es nicht zurückgenommen werden kann; eine Kulanzgeste ist F8, nachdem dies geschlossen ist.</translation>
    </message>
    <message>
        <source>A shift lead approves here with their code and PIN, or ask one elsewhere (Alt+E).</source>
        <translation>Eine Schichtleitung genehmigt hier mit eigenem Code und PIN, oder fragen Sie eine an einer anderen Kasse (Alt+E).</translation>
    </message>
    <message>
        <source>Enter for the summary and confirm; take the item back and hand over the replacement from here.</source>
        <translation>Eingabe für die Zusammenfassung und bestätigen; den Artikel zurücknehmen und den Ersatz von hier aushändigen.</translation>
    </message>
    <message>
        <source>Enter for the summary and confirm; the new item is ordered and the receipt says when it arrives.</source>
        <translation>Eingabe für die Zusammenfassung und bestätigen; der neue Artikel wird bestellt, und der Beleg sagt, wann er ankommt.</translation>
    </message>
    <message>
        <source>Enter for the summary and confirm; the customer keeps the item and nothing is refunded.</source>
        <translation>Eingabe für die Zusammenfassung und bestätigen; der Kunde behält den Artikel, nichts wird erstattet.</translation>
    </message>
    <message>
        <source>Enter for the summary and confirm; {amount} store credit goes on the receipt.</source>
        <translation>Eingabe für die Zusammenfassung und bestätigen; {amount} Guthaben stehen auf dem Beleg.</translation>
    </message>
    <message>
        <source>Enter for the summary and confirm; then give back {amount} to the original payment.</source>
        <translation>Eingabe für die Zusammenfassung und bestätigen; dann {amount} auf die ursprüngliche Zahlung zurückgeben.</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Als Nächstes:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Abteilung:</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Clear the customer search</source>
        <translation>Kundensuche leeren</translation>
    </message>
    <message>
        <source>Choose the reason for the exception first.</source>
        <translation>Wählen Sie zuerst den Grund für die Ausnahme.</translation>
    </message>
    <message>
        <source>The stores in each cell of the grid, in order</source>
        <translation>Die Filialen in jeder Zelle des Rasters, in dieser Reihenfolge</translation>
    </message>
    <message>
        <source>Stock in each cell: {stores}</source>
        <translation>Bestand je Zelle: {stores}</translation>
    </message>
    <message>
        <source>Sales and customers import…</source>
        <translation>Verkaufs- und Kundenimport…</translation>
    </message>
    <message>
        <source>Sales and customers import</source>
        <translation>Verkaufs- und Kundenimport</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Was die Datei enthält</translation>
    </message>
    <message>
        <source>Orders (sales)</source>
        <translation>Bestellungen (Verkäufe)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Import the checked file</source>
        <translation>Die geprüfte Datei importieren</translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation>&amp;Import:</translation>
    </message>
    <message>
        <source>row {row} (line {line})</source>
        <translation>Zeile {row} (Dateizeile {line})</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>Zeile {row}</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Applied as import {version}</source>
        <translation>Als Import {version} übernommen</translation>
    </message>
    <message>
        <source>{rows:,} rows, {orders:,} orders, {lines:,} lines, {customers:,} customers, {refunds:,} with refunds: &lt;b&gt;{created:,}&lt;/b&gt; new, &lt;b&gt;{updated:,}&lt;/b&gt; changed, {unchanged:,} unchanged, {skipped:,} skipped</source>
        <translation>{rows:,} Zeilen, {orders:,} Bestellungen, {lines:,} Positionen, {customers:,} Kunden, {refunds:,} mit Erstattungen: &lt;b&gt;{created:,}&lt;/b&gt; neu, &lt;b&gt;{updated:,}&lt;/b&gt; geändert, {unchanged:,} unverändert, {skipped:,} übersprungen</translation>
    </message>
    <message>
        <source>{rows:,} rows, {customers:,} customers: &lt;b&gt;{created:,}&lt;/b&gt; new, &lt;b&gt;{updated:,}&lt;/b&gt; changed, {merged:,} merged, {unchanged:,} unchanged, {skipped:,} skipped</source>
        <translation>{rows:,} Zeilen, {customers:,} Kunden: &lt;b&gt;{created:,}&lt;/b&gt; neu, &lt;b&gt;{updated:,}&lt;/b&gt; geändert, {merged:,} zusammengeführt, {unchanged:,} unverändert, {skipped:,} übersprungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{state}&lt;/b&gt; · {format} · {counts} · &lt;b&gt;{errors}&lt;/b&gt; errors, {warnings} warnings.{blocked}</source>
        <translation>&lt;b&gt;{state}&lt;/b&gt; · {format} · {counts} · &lt;b&gt;{errors}&lt;/b&gt; Fehler, {warnings} Warnungen.{blocked}</translation>
    </message>
    <message>
        <source>No store is set up yet; run &apos;posassist setup FILE&apos; first.</source>
        <translation>Noch keine Filiale eingerichtet; führen Sie zuerst &apos;posassist setup FILE&apos; aus.</translation>
    </message>
    <message>
        <source>There is no store {code}; the stores are: {codes}.</source>
        <translation>Es gibt keine Filiale {code}; die Filialen sind: {codes}.</translation>
    </message>
    <message>
        <source>Promised for {day}; a follow-up checks it the day before.</source>
        <translation>Zugesagt für {day}; eine Wiedervorlage prüft es am Vortag.</translation>
    </message>
    <message>
        <source>No holds.</source>
        <translation>Keine Reservierungen.</translation>
    </message>
    <message>
        <source>{count} hold(s) expired and back to stock.</source>
        <translation>{count} Reservierung(en) abgelaufen und zurück im Bestand.</translation>
    </message>
    <message>
        <source>there is no image file at {path}</source>
        <translation>unter {path} gibt es keine Bilddatei</translation>
    </message>
    <message>
        <source>{path} is larger than 5 MB; a receipt logo is a small image</source>
        <translation>{path} ist größer als 5 MB; ein Beleglogo ist ein kleines Bild</translation>
    </message>
    <message>
        <source>{path} has too many pixels for a receipt logo</source>
        <translation>{path} hat zu viele Pixel für ein Beleglogo</translation>
    </message>
    <message>
        <source>{path} is not an image posassist can read (PNG, JPEG, GIF or BMP)</source>
        <translation>{path} ist kein Bild, das posassist lesen kann (PNG, JPEG, GIF oder BMP)</translation>
    </message>
    <message>
        <source>Choose two different customers to merge.</source>
        <translation>Wählen Sie zwei verschiedene Kunden zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Customer {customer_id} was erased; an erased record is not merged.</source>
        <translation>Kunde {customer_id} wurde gelöscht; ein gelöschter Datensatz wird nicht zusammengeführt.</translation>
    </message>
    <message>
        <source>Customer {customer_id} was already merged into customer {kept}; use that record.</source>
        <translation>Kunde {customer_id} wurde bereits mit Kunde {kept} zusammengeführt; verwenden Sie diesen Datensatz.</translation>
    </message>
    <message>
        <source>There is no merge {merge_id}.</source>
        <translation>Es gibt keine Zusammenführung {merge_id}.</translation>
    </message>
    <message>
        <source>Customer {customer_id} has no merge to undo.</source>
        <translation>Kunde {customer_id} hat keine Zusammenführung zum Rückgängigmachen.</translation>
    </message>
    <message>
        <source>That merge was undone already.</source>
        <translation>Diese Zusammenführung wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The day of this merge is closed (report day), so it is final; fix the record by editing it instead.</source>
        <translation>Der Tag dieser Zusammenführung ist abgeschlossen (Berichtstag), daher ist sie endgültig; korrigieren Sie stattdessen den Datensatz durch Bearbeiten.</translation>
    </message>
    <message>
        <source>A customer of this merge was erased since; it cannot be undone.</source>
        <translation>Ein Kunde dieser Zusammenführung wurde inzwischen gelöscht; sie kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Could not start the import process ({err}).</source>
        <translation>Der Importprozess konnte nicht gestartet werden ({err}).</translation>
    </message>
    <message>
        <source>The import process answered in a way this window cannot read ({detail}); the log says more.</source>
        <translation>Der Importprozess antwortete in einer Form, die dieses Fenster nicht lesen kann ({detail}); das Protokoll sagt mehr.</translation>
    </message>
    <message>
        <source>The import needed more than {mb} MB of memory and was stopped; nothing was changed and the counter keeps working (POSASSIST_IMPORT_MEMORY_MB sets the limit).</source>
        <translation>Der Import brauchte mehr als {mb} MB Speicher und wurde gestoppt; nichts wurde geändert und die Kasse arbeitet weiter (POSASSIST_IMPORT_MEMORY_MB legt die Grenze fest).</translation>
    </message>
    <message>
        <source>The import process ended without an answer (exit {code}); nothing was changed. The log says more.</source>
        <translation>Der Importprozess endete ohne Antwort (Exit {code}); nichts wurde geändert. Das Protokoll sagt mehr.</translation>
    </message>
    <message>
        <source>Merge a duplicate into {name}</source>
        <translation>Ein Duplikat in {name} zusammenführen</translation>
    </message>
    <message>
        <source>Find the duplicate: name, phone, email or card</source>
        <translation>Das Duplikat suchen: Name, Telefon, E-Mail oder Karte</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Duplikate</translation>
    </message>
    <message>
        <source>Enter shows what would move</source>
        <translation>Eingabe zeigt, was übernommen würde</translation>
    </message>
    <message>
        <source>Find the duplicate record, then Enter on it to see what moves.</source>
        <translation>Suchen Sie den doppelten Datensatz und drücken Sie darauf Eingabe, um zu sehen, was übernommen wird.</translation>
    </message>
    <message>
        <source>What the merge moves</source>
        <translation>Was die Zusammenführung übernimmt</translation>
    </message>
    <message>
        <source>&amp;Merge into this customer</source>
        <translation>In diesen Kunden &amp;zusammenführen</translation>
    </message>
    <message>
        <source>Merge the duplicate into this customer</source>
        <translation>Das Duplikat in diesen Kunden zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Undo the merge of {name}</source>
        <translation>Zusammenführung von {name} &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Undo the last merge</source>
        <translation>Letzte Zusammenführung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Undo the last merge into this customer</source>
        <translation>Die letzte Zusammenführung in diesen Kunden rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Duplicate:</source>
        <translation>&amp;Duplikat:</translation>
    </message>
    <message>
        <source>No other record found. Check the spelling, or try the phone number.</source>
        <translation>Kein anderer Datensatz gefunden. Prüfen Sie die Schreibweise oder versuchen Sie es mit der Telefonnummer.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>#{other} {other_name} goes into #{keep} {keep_name}.</source>
        <translation>#{other} {other_name} geht in #{keep} {keep_name} auf.</translation>
    </message>
    <message>
        <source>These move:</source>
        <translation>Das wird übernommen:</translation>
    </message>
    <message>
        <source>This customer takes from the duplicate:</source>
        <translation>Dieser Kunde übernimmt vom Duplikat:</translation>
    </message>
    <message>
        <source>It can be undone until the day is closed.</source>
        <translation>Das lässt sich rückgängig machen, bis der Tag abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Pronunciation</source>
        <translation>Aussprache</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Kundenkarte</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Geburtsjahr</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Bevorzugter Kanal</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Vorlieben</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Consent to offers by email</source>
        <translation>Einwilligung in Angebote per E-Mail</translation>
    </message>
    <message>
        <source>Consent to offers by SMS</source>
        <translation>Einwilligung in Angebote per SMS</translation>
    </message>
    <message>
        <source>Consent to offers by phone</source>
        <translation>Einwilligung in Angebote per Telefon</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>Partner/in</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>Elternteil</translation>
    </message>
    <message>
        <source>child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>sibling</source>
        <translation>Geschwister</translation>
    </message>
    <message>
        <source>business account</source>
        <translation>Geschäftskonto</translation>
    </message>
    <message>
        <source>member of the business account</source>
        <translation>Mitglied des Geschäftskontos</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>an der Kasse</translation>
    </message>
    <message>
        <source>from an import</source>
        <translation>aus einem Import</translation>
    </message>
    <message>
        <source>on the web shop</source>
        <translation>im Webshop</translation>
    </message>
    <message>
        <source>notes and contacts</source>
        <translation>Notizen und Kontakte</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>Rückgaben</translation>
    </message>
    <message>
        <source>exceptions (goodwill)</source>
        <translation>Ausnahmen (Kulanz)</translation>
    </message>
    <message>
        <source>approval requests</source>
        <translation>Genehmigungsanfragen</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>store credit vouchers</source>
        <translation>Gutscheine</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>records in other systems</source>
        <translation>Datensätze in anderen Systemen</translation>
    </message>
    <message>
        <source>related customers</source>
        <translation>verbundene Kunden</translation>
    </message>
    <message>
        <source>history entries</source>
        <translation>Verlaufseinträge</translation>
    </message>
    <message>
        <source>customers related to them</source>
        <translation>mit ihnen verbundene Kunden</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>Reservierungen</translation>
    </message>
    <message>
        <source>promises</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>In 15 min</source>
        <translation>In 15 Min.</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>In 1 Stunde</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Follow-up reminder</source>
        <translation>Erinnerung an Wiedervorlage</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source> (+{n} more due)</source>
        <translation> (+{n} weitere fällig)</translation>
    </message>
    <message>
        <source>Follow-up due {at}{who}: {text}{more}</source>
        <translation>Wiedervorlage fällig {at}{who}: {text}{more}</translation>
    </message>
    <message>
        <source>Reminder snoozed until {at}.</source>
        <translation>Erinnerung zurückgestellt bis {at}.</translation>
    </message>
    <message>
        <source>Reminder dismissed; the follow-up stays in My follow-ups (F12).</source>
        <translation>Erinnerung verworfen; die Wiedervorlage bleibt in Meine Wiedervorlagen (F12).</translation>
    </message>
    <message>
        <source>This counter has no local copy (it works on its database directly).</source>
        <translation>Diese Kasse hat keine lokale Kopie (sie arbeitet direkt mit ihrer Datenbank).</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline since {t}</source>
        <translation>Offline seit {t}</translation>
    </message>
    <message>
        <source>Journal entries not sent yet: {n}</source>
        <translation>Noch nicht gesendete Journaleinträge: {n}</translation>
    </message>
    <message>
        <source>Offline transactions to review: unknown (the server does not answer)</source>
        <translation>Zu prüfende Offline-Vorgänge: unbekannt (der Server antwortet nicht)</translation>
    </message>
    <message>
        <source>Offline transactions to review: {n} ({c} conflicts)</source>
        <translation>Zu prüfende Offline-Vorgänge: {n} ({c} Konflikte)</translation>
    </message>
    <message>
        <source>Sent {sent}, already there {skipped}, conflicts for review {conflicts}, audit entries merged {audit}, left {pending} ({seconds:.1f} s)</source>
        <translation>Gesendet {sent}, schon vorhanden {skipped}, Konflikte zur Prüfung {conflicts}, Prüfeinträge zusammengeführt {audit}, übrig {pending} ({seconds:.1f} s)</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Nichts zu prüfen.</translation>
    </message>
    <message>
        <source>CONFLICT</source>
        <translation>KONFLIKT</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>Offline transaction {id} reviewed.</source>
        <translation>Offline-Vorgang {id} geprüft.</translation>
    </message>
    <message>
        <source>This is not available while the server is unreachable; nothing was saved. Notes, follow-ups, ratings, holds, returns and customer edits still work.</source>
        <translation>Das geht nicht, solange der Server nicht erreichbar ist; nichts wurde gespeichert. Notizen, Wiedervorlagen, Bewertungen, Reservierungen, Rückgaben und Kundenänderungen gehen weiterhin.</translation>
    </message>
    <message>
        <source>This counter sent a change this server does not know ({call}).</source>
        <translation>Diese Kasse hat eine Änderung gesendet, die dieser Server nicht kennt ({call}).</translation>
    </message>
    <message>
        <source>It depends on another offline change that the server refused (see that one first).</source>
        <translation>Hängt von einer anderen Offline-Änderung ab, die der Server abgelehnt hat (diese zuerst ansehen).</translation>
    </message>
    <message>
        <source>{n} changes made offline at this counter have not reached the server yet: send them first (posassist offline upload), then review them.</source>
        <translation>{n} offline an dieser Kasse gemachte Änderungen sind noch nicht beim Server: Senden Sie sie zuerst (posassist offline upload) und prüfen Sie sie dann.</translation>
    </message>
    <message>
        <source>{n} offline transactions ({c} conflicts) are not reviewed yet: a shift lead reviews them (posassist offline review) before the day is closed.</source>
        <translation>{n} Offline-Vorgänge ({c} Konflikte) sind noch nicht geprüft: Die Schichtleitung prüft sie (posassist offline review) vor dem Tagesabschluss.</translation>
    </message>
    <message>
        <source>Write what was done about it, in a sentence.</source>
        <translation>Schreiben Sie in einem Satz, was getan wurde.</translation>
    </message>
    <message>
        <source>Keep the note under 2,000 characters.</source>
        <translation>Die Notiz darf höchstens 2.000 Zeichen haben.</translation>
    </message>
    <message>
        <source>There is no offline transaction {id} to review.</source>
        <translation>Es gibt keinen zu prüfenden Offline-Vorgang {id}.</translation>
    </message>
    <message>
        <source>Offline transaction {id} was already reviewed; nothing was changed.</source>
        <translation>Offline-Vorgang {id} wurde schon geprüft; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Solved now</source>
        <translation>Jetzt gelöst</translation>
    </message>
    <message>
        <source>Needs a follow-up</source>
        <translation>Braucht Wiedervorlage</translation>
    </message>
    <message>
        <source>Could not help</source>
        <translation>Konnte nicht helfen</translation>
    </message>
    <message>
        <source>solved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <source>waiting for a follow-up</source>
        <translation>wartet auf Wiedervorlage</translation>
    </message>
    <message>
        <source>could not help</source>
        <translation>konnte nicht helfen</translation>
    </message>
    <message>
        <source>no outcome yet</source>
        <translation>noch kein Ergebnis</translation>
    </message>
    <message>
        <source>{day}: {topic} — {summary} ({standing}, {contacts} contact(s))</source>
        <translation>{day}: {topic} — {summary} ({standing}, {contacts} Kontakt(e))</translation>
    </message>
    <message>
        <source>End of the interaction</source>
        <translation>Ende des Kontakts</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>About something the customer came about before</source>
        <translation>Zu einem früheren Anliegen des Kunden</translation>
    </message>
    <message>
        <source>↓ to choose the earlier matter this visit was about</source>
        <translation>↓ wählt das frühere Anliegen dieses Besuchs</translation>
    </message>
    <message>
        <source>No — something new</source>
        <translation>Nein — etwas Neues</translation>
    </message>
    <message>
        <source>&amp;Earlier matter:</source>
        <translation>&amp;Früheres Anliegen:</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Dates as typed</source>
        <translation>Daten wie eingegeben</translation>
    </message>
    <message>
        <source>{customer}: {what} — needed by {day} (from {store}): {why}</source>
        <translation>{customer}: {what} — benötigt bis {day} (aus {store}): {why}</translation>
    </message>
    <message>
        <source>no customer on file</source>
        <translation>kein Kunde hinterlegt</translation>
    </message>
    <message>
        <source>Promises at risk: …</source>
        <translation>Gefährdete Zusagen: …</translation>
    </message>
    <message>
        <source>Promises at risk</source>
        <translation>Gefährdete Zusagen</translation>
    </message>
    <message>
        <source>Promises at risk, soonest needed first</source>
        <translation>Gefährdete Zusagen, dringendste zuerst</translation>
    </message>
    <message>
        <source>Each promise whose needed-by day can no longer be met, and why</source>
        <translation>Jede Zusage, deren Termin nicht mehr zu halten ist, und warum</translation>
    </message>
    <message>
        <source>&lt;b&gt;Promises at risk: {count}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gefährdete Zusagen: {count}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No promise at risk.</source>
        <translation>Keine Zusage gefährdet.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>First response (min, mean)</source>
        <translation>Erste Antwort (Min., Mittel)</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Solved at the first visit</source>
        <translation>Beim ersten Besuch gelöst</translation>
    </message>
    <message>
        <source>First-visit rate</source>
        <translation>Erstlösungsquote</translation>
    </message>
    <message>
        <source>Service per associate and per counter against the store</source>
        <translation>Service je Mitarbeiter und je Kasse im Vergleich zur Filiale</translation>
    </message>
    <message>
        <source>Note changed</source>
        <translation>Notiz geändert</translation>
    </message>
    <message>
        <source>Visit finished, rating</source>
        <translation>Besuch beendet, Bewertung</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Wiedervorlage erledigt</translation>
    </message>
    <message>
        <source>Follow-up snoozed</source>
        <translation>Wiedervorlage verschoben</translation>
    </message>
    <message>
        <source>Reminder dismissed</source>
        <translation>Erinnerung verworfen</translation>
    </message>
    <message>
        <source>Follow-up handed over</source>
        <translation>Wiedervorlage übergeben</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Reservierung</translation>
    </message>
    <message>
        <source>Hold collected</source>
        <translation>Reservierung abgeholt</translation>
    </message>
    <message>
        <source>Hold released</source>
        <translation>Reservierung freigegeben</translation>
    </message>
    <message>
        <source>Approval asked</source>
        <translation>Genehmigung angefragt</translation>
    </message>
    <message>
        <source>Approval decided</source>
        <translation>Genehmigung entschieden</translation>
    </message>
    <message>
        <source>Customer record edited</source>
        <translation>Kundendaten geändert</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Offline transactions to review</source>
        <translation>Zu prüfende Offline-Vorgänge</translation>
    </message>
    <message>
        <source>Offline transactions, conflicts first</source>
        <translation>Offline-Vorgänge, Konflikte zuerst</translation>
    </message>
    <message>
        <source>How many wait for review</source>
        <translation>Wie viele auf Prüfung warten</translation>
    </message>
    <message>
        <source>The chosen transaction</source>
        <translation>Der gewählte Vorgang</translation>
    </message>
    <message>
        <source>What was done about it</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>e.g. refunded at counter 2 already</source>
        <translation>z. B. schon an Kasse 2 erstattet</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Erledigen</translation>
    </message>
    <message>
        <source>Mark it reviewed</source>
        <translation>Als geprüft markieren</translation>
    </message>
    <message>
        <source>Read again (F5)</source>
        <translation>Neu laden (F5)</translation>
    </message>
    <message>
        <source>Read the queue again</source>
        <translation>Liste neu laden</translation>
    </message>
    <message>
        <source>Show reviewed &amp;ones too</source>
        <translation>&amp;Geprüfte auch zeigen</translation>
    </message>
    <message>
        <source>Show reviewed ones too</source>
        <translation>Geprüfte auch zeigen</translation>
    </message>
    <message>
        <source>Review message</source>
        <translation>Prüfmeldung</translation>
    </message>
    <message>
        <source>{n} offline transactions wait for review ({c} conflicts).</source>
        <translation>{n} Offline-Vorgänge warten auf Prüfung ({c} Konflikte).</translation>
    </message>
    <message>
        <source>Nothing waits for review: the day can be closed.</source>
        <translation>Nichts wartet auf Prüfung: Der Tag kann abgeschlossen werden.</translation>
    </message>
    <message>
        <source>{call} by {who} at {counter}</source>
        <translation>{call} von {who} an {counter}</translation>
    </message>
    <message>
        <source>Refused by the server: {problem}</source>
        <translation>Vom Server abgelehnt: {problem}</translation>
    </message>
    <message>
        <source>Choose a transaction first.</source>
        <translation>Wählen Sie zuerst einen Vorgang.</translation>
    </message>
    <message>
        <source>Transaction {id} reviewed.</source>
        <translation>Vorgang {id} geprüft.</translation>
    </message>
    <message>
        <source>Local copy: being made</source>
        <translation>Lokale Kopie: wird erstellt</translation>
    </message>
    <message>
        <source>Local copy: age unknown</source>
        <translation>Lokale Kopie: Alter unbekannt</translation>
    </message>
    <message>
        <source>Local copy: {n} s old</source>
        <translation>Lokale Kopie: {n} s alt</translation>
    </message>
    <message>
        <source>Local copy: {n} min old</source>
        <translation>Lokale Kopie: {n} Min. alt</translation>
    </message>
    <message>
        <source>Local copy: {n} h old</source>
        <translation>Lokale Kopie: {n} Std. alt</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>OFFLINE: this counter is working from its local copy since {since}; the store&apos;s server is not answering.</source>
        <translation>OFFLINE: Diese Kasse arbeitet seit {since} mit ihrer lokalen Kopie; der Server der Filiale antwortet nicht.</translation>
    </message>
    <message>
        <source>Still working: look-up, customers, notes, follow-ups, ratings, holds, and returns with a receipt within the offline limits (a shift lead approves by signing in here).</source>
        <translation>Geht weiterhin: Suche, Kunden, Notizen, Wiedervorlagen, Bewertungen, Reservierungen und Rückgaben mit Beleg innerhalb der Offline-Grenzen (die Schichtleitung genehmigt durch Anmeldung hier).</translation>
    </message>
    <message>
        <source>Waiting for the server: returns without a receipt, set-up, imports, reports and the day close. Everything done here is sent when the server is back.</source>
        <translation>Wartet auf den Server: Rückgaben ohne Beleg, Einrichtung, Importe, Berichte und Tagesabschluss. Alles hier Erledigte wird gesendet, sobald der Server wieder da ist.</translation>
    </message>
    <message>
        <source>The counter is offline</source>
        <translation>Die Kasse ist offline</translation>
    </message>
    <message>
        <source>Try the server now</source>
        <translation>Server jetzt versuchen</translation>
    </message>
    <message>
        <source>Asks the store&apos;s server at once; when it answers, what was done here is sent and the banner goes.</source>
        <translation>Fragt sofort beim Server der Filiale an; sobald er antwortet, wird gesendet, was hier erledigt wurde, und der Hinweis verschwindet.</translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation>Lokale Kopie</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Server wird gefragt…</translation>
    </message>
    <message>
        <source>The server still does not answer; this counter keeps working from its local copy.</source>
        <translation>Der Server antwortet noch immer nicht; diese Kasse arbeitet weiter mit ihrer lokalen Kopie.</translation>
    </message>
    <message>
        <source>{count} store credit voucher(s) expired (past their valid-until date).</source>
        <translation>{count} Gutschein(e) abgelaufen (Gültigkeitsdatum überschritten).</translation>
    </message>
    <message>
        <source>customer no. {n}</source>
        <translation>Kunde Nr. {n}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>{name} (customer no. {n})</source>
        <translation>{name} (Kunde Nr. {n})</translation>
    </message>
    <message>
        <source>item no. {n}</source>
        <translation>Artikel Nr. {n}</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>The process reading the file stopped (exit {code}): {why}</source>
        <translation>Der Prozess, der die Datei liest, wurde beendet (Exit {code}): {why}</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
</context>
</TS>

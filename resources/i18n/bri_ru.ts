<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>BriefingMixin</name>
        <message>
            <source>The briefing “{name}” cannot be read ({error}): it is left as it is, and what you add now goes into a new briefing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Briefing {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is editing this briefing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Section 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the briefing “{name}”? Its pins stay on the Pinboard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” cannot go into a briefing: its saved view is gone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added to the briefing “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your note (not cited; blank lines start new paragraphs):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A note holds at most {most} characters; this one has {count}. Split it into several notes.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n page(s), {sources} cited.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n source(s)</source>
            <translation>
                <numerusform>%n источник</numerusform>
            </translation>
        </message>
        <message>
            <source>Export briefing as {format}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the briefing to {file}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: {error}. Nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Briefing written to {file}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Briefing sent to the printer (%n page(s)).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ChartData</name>
        <message>
            <source>{title} (counting: {share} so far)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <source>Chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart measure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart breakdown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No breakdown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pin the chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pin this chart (its choices and filters) to the Pinboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart legend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading chart…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart plot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title}: counting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counting; the bars shown are the previous chart's until the new ones come.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title}: not available</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChipBar</name>
        <message>
            <source>Active filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No filters: showing every record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear all filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove this filter: {filter}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove filter {filter}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CollectionStore</name>
        <message>
            <source>records.json or rows.txt is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The imported collection in {folder} cannot be read ({error}); it is left out. Import its file again, or remove the folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {line} is damaged ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {line} is not a record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the records of collection '{name}' cannot be read ({file}: {error}); import its file again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another collection is named '{name}': choose another name, or re-import that one to replace it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the collection '{name}' cannot be read ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} line {line} is not a record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the collection's files are damaged ({error}): nothing was changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the collection's id {id} cannot name a folder: nothing was changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have another collection named '{name}': rename or remove it first (File &gt; Manage collections).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot store the collection in {folder}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another collection is named '{name}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot rename the collection: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot remove the collection: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is no collection '{name}'</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CollectionsDialog</name>
        <message>
            <source>Manage collections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The curated records come from the articles and cannot be changed here. Each imported dataset is a collection of its own: shown beside the curated records, never added to them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported collections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished">Название</translation>
        </message>
        <message>
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Re-import a newer release…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No imported collections yet: File &gt; Import dataset…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CollectionsMixin</name>
        <message>
            <source>Checking the rows of {file}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import dataset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import cancelled: nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The import failed: {reason}.

Nothing was imported; what you had is as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The import failed: a fault in BRI Desktop ({error}); details are in the log.

Nothing was imported; what you had is as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing imported from {file}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Importing %n record(s)…</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n record(s) as the collection '{name}': shown in Projects, beside the curated records.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Show the collection {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove collection</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Remove the collection '{name}' (%n record(s) imported from {file})?

Its records leave the app; your file is not touched, and you can import it again.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Renamed the collection to '{name}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed the collection '{name}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manage collections</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dataset</name>
        <message>
            <source>{path} was replaced while BRI Desktop had it open</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DatasetFileMixin</name>
        <message numerus="yes">
            <source>Dataset {version} · %n imported collection(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Dataset {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Curated from the articles</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{name}: %n record(s) from {file}</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The dataset file changed and cannot be read now: {error} Still showing what was read before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The dataset file was rebuilt: now showing dataset {version}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportButton</name>
        <message>
            <source>Export as PNG (2x)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export as SVG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy image to clipboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the chart as PNG or SVG, or copy it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the figures as PNG or SVG, or copy it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the timeline as PNG or SVG, or copy it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the corridor map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the corridor map as PNG or SVG, or copy it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export as PNG or SVG, or copy it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FacetList</name>
        <message>
            <source>Find organization…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find event…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{facet} filter</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FacetModel</name>
        <message numerus="yes">
            <source>{value}: at least %n matching with the other filters, still counting</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{value}: counting the matches of the new filters</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{value}: %n matching with the other filters</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{value}, selected, %n matching</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{value}, %n matching</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{value}, selected, at least %n matching, still counting</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{value}, at least %n matching, still counting</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{value}, selected, counting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value}, counting</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FacetPanel</name>
        <message>
            <source>Filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value (USD)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amounts such as 500m, 1.5bn or 2,000,000; records without a disclosed value are left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished">Дата</translation>
        </message>
        <message>
            <source>A year (2023), month (2023-10) or day (2023-10-18); a record matches when its date, at its own precision, overlaps the range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every kind in one list: the search applies to all, and each kind's own filters to it. Choose a kind to set its filters.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Counting: {share} of %n match(es) so far. A count marked ≥ is a floor until counting ends.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Counting: {share} so far. A count marked ≥ is a floor until counting ends.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counting the matches of the new filters…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counting stopped at {share} (counts marked ≥ are floors): {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counts not available: {message}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FiguresChart</name>
        <message>
            <source>Figures chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a measure to compare its figures.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Over time: each period drawn from its start to its end</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FiguresModel</name>
        <message>
            <source>Figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period</source>
            <translation type="unfinished">Период</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished">Вид</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation type="unfinished">Охват</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation type="unfinished">Источники</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(The filters hide this figure: it is shown for comparison.)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FiguresPanel</name>
        <message>
            <source>Figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A measure: figures of the same thing, in the same unit, as different articles or dates give it (grouped by the curator)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figures table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pin the figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pin this measure's figures (and the filters) to the Pinboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Measure:</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{measure} (%n figure(s))</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>No measure has a figure the filters keep.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This dataset has no curated measures.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n figure(s) from {sources}, side by side: each as its article gives it, none reconciled or averaged.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n source(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n state no period, so they are not placed in time.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>The filters hide %n of them: greyed, still shown, so that no conflicting figure drops out of sight.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Figures have no {criteria}: the filters do not apply to them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>USD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>USD m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>USD bn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-import a collection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import dataset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a CGIT workbook, an AidData file or any table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ch&amp;oose file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detect from the columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Header row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The row holding the column names; 'found' looks for it below any title rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encoding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collection name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sheet:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Header row:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Encoding (CSV):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collection &amp;name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview of the first rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns to fields (a table)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} (required):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit of the amounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amounts in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Check and import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tables (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} could not be read ({error}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be read ({error}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{message}

Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading cancelled: choose the file again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the format says (CGIT: its datasets; others: the first)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Read %n row(s) as {encoding}. Format: {format}.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Read %n row(s). Format: {format}.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>found: row {row}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Replaces the collection '{name}' (%n record(s)): a newer release replaces the old one, it is not added to it.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>A new collection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another collection is named '{name}': choose another name for the new release of '{replaced}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The column mapping is not complete:
{problems}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message numerus="yes">
            <source>%n pin(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n tag use(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n saved view(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n briefing(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Imported {counts}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <comment>between the counts of a list</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n note(s) edited on both sides: both versions are kept; choose in the details pane.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ImportReview</name>
        <message>
            <source>Import dataset: check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import check</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Problems (%n), as file:row:column: reason —</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Problems in the file</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>… and %n more (Copy problems copies them all)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Copy &amp;problems</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Import the %n &amp;valid row(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Import %n record(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Import &amp;nothing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>The records table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The filter counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The record's details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The corridor map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The linked record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the open record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Related records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The list of measures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings will not be saved: {problem}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dataset version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exports are of one kind at a time: choose a kind in the navigator, then export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A background task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status}  · updating…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{matched} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status} (first {shown} loaded; scroll for more)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Mapping</name>
        <message>
            <source>{field}: there is no column '{column}' in this file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown unit '{unit}' (use {units})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <source>Record kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind}  ({matched} of {total})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteConflict</name>
        <message>
            <source>Someone else changed this note meanwhile: both texts are kept.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PinRemoval</name>
        <message>
            <source>remove the pin “{title}”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>System default</source>
            <translation>Как в системе</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>&amp;Interface language:</source>
            <translation>&amp;Язык интерфейса:</translation>
        </message>
        <message>
            <source>Menus, dialogs, labels and the briefing's fixed texts; the records stay in the language of their sources. A new language is used from the next start.</source>
            <translation>Меню, диалоги, подписи и постоянные тексты справки; записи остаются на языке своих источников. Новый язык применяется при следующем запуске.</translation>
        </message>
        <message>
            <source>BRI Desktop will be in {language} from its next start.</source>
            <translation>При следующем запуске BRI Desktop будет на языке: {language}.</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>Перезапустить сейчас</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Позже</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Database address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave it empty to keep your pins, notes, tags, views and briefings on this computer only. With an address they are shared with your team on its PostgreSQL server; you keep working when it cannot be reached. The password is asked for and kept in the system keyring, never in the settings file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set by {variable} (unset it to choose here).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Prepared</name>
        <message numerus="yes">
            <source>%n row(s) of data read from {file} (sheets: {sheets}).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of data read from {file}.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>1 row becomes a record of the collection '{name}'.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n rows become records of the collection '{name}'.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them are listed and counted but never summed (each record's details say why).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) with problems ({issues} in all): not imported unless you choose to import the valid rows.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>RangeBox</name>
        <message>
            <source>from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{range} from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{range} to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply the {range} range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“From” ({low}) is after “to” ({high}): swap them</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordsMixin</name>
        <message>
            <source>show the {record}: lift {filters}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lifted {filters} to show this {record}. Back (Alt+Left) or Undo restores it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lifted {filters} to show this {record}. Back (Alt+Left) or Undo restores them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No records match the filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No {records} match the filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They do match {links}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;a href='bri:clear'&gt;Clear all filters&lt;/a&gt; or Undo (Ctrl+Z).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordsView</name>
        <message>
            <source>Records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No matching records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show columns</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SavedViewsList</name>
        <message>
            <source>Saved views</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open this saved view (View &gt; Saved views to update, rename or delete)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchBox</name>
        <message>
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full-text search over titles, summaries, parties and their aliases, and quotes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search: Sinopec, sino*, "Shymkent refinery", KMG NOT CNPC  (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{error}. Showing the results for the last valid search.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>{folder} cannot be made ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} cannot be written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} could not be written</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TeamCollectionsDialog</name>
        <message>
            <source>not here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in use here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another release here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team collections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported datasets your team shares, as the colleague who imported them stored them (file, checksum, rows, provenance). Use a release to have the same records here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collection</source>
            <translation type="unfinished">Коллекция</translation>
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use this release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share one of mine…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your team shares no collection yet: “Share one of mine…” sends one of your imports.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TeamCollectionsMixin</name>
        <message>
            <source>Not connected to a team workspace (Edit ▸ Preferences).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share a collection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have no imported collection to share (File ▸ Import dataset).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share a collection with the team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collection (its file, rows and provenance go to the team):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not shared: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared “{name}” with the team ({file}, sha256 {sha256}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team's collections cannot be read: {error}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Now using the team's release of “{name}” ({file}, %n record(s)).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Fetching the team's “{name}”…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TeamMixin</name>
        <message>
            <source>Team workspace not opened: {error} Your own workspace is open instead (unset {variable} or correct it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team workspace not opened: {error} Your own workspace is open instead (Edit ▸ Preferences to change the address).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the team workspace {address}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No password given: your changes stay on this computer until you connect (Team ▸ Sync now).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no system keyring here: the password will be asked for again next time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team's server has not answered for {seconds} s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not connected to a team workspace (Edit ▸ Preferences).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your team shares “{name}” ({file}, shared by {who}), which this computer does not use: Team ▸ Team collections.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Not made on the team's server: {reason} (and %n more)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Not made on the team's server: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n change(s) from your team.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>A colleague changed the same briefing as you: both versions are kept (a note shows both side by side; choose one).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A colleague changed the same note as you: both versions are kept (a note shows both side by side; choose one).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{error} Team ▸ Sync now tries again (unset {variable} to choose another).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{error} Team ▸ Sync now tries again (Edit ▸ Preferences).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{detail} Your changes are kept on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline: your edits to this briefing are sent when the team's server answers (a colleague's edits meanwhile are kept beside yours).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{who} is editing this briefing (until {until} UTC unless they go on): it is shown read-only here, and opens for you when they are done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are editing this briefing: colleagues see it read-only until you open another or close BRI Desktop.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TeamView</name>
        <message>
            <source>added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>renamed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reordered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>collection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team: recent changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colleague:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This window is not connected to a team workspace (Edit ▸ Preferences).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No changes yet (or not fetched yet: Sync now).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{shown} of the %n latest change(s).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>renamed: from {old}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{action}: {summary}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ViewPinsMixin</name>
        <message>
            <source>Corridor map (geographic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Corridor map (schematic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline by kind, {stretch}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline by country, {stretch}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open the pinned chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open the pinned map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open the pinned timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open the pinned figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart pinned: it is drawn again from its settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline pinned: it is drawn again from its settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figures: {measure}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figures pinned: they are read again from the dataset.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ViewsMixin</name>
        <message>
            <source>The chart is not ready yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The corridor map is not ready yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The timeline is not ready yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The figures are not ready yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Corridor map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>show the records related to {corridor}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chart is being counted for the new filters: export it once it is drawn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no measure '{measure}' in this dataset.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no source '{source}' in this dataset.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Workbook</name>
        <message>
            <source>{file} has no sheet named '{sheet}' (it has: {sheets})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Your workspace cannot be kept: the folder {folder} cannot be made ({error}). Pins and notes made now are lost when BRI Desktop closes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workspace {path} could not be read ({problem}); it was moved to {aside} and a new, empty one started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workspace {path} cannot be written: it is opened read-only, and changes are not kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your workspace cannot be kept: the folder {folder} cannot be written. Pins and notes made now are lost when BRI Desktop closes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workspace {path} was made by a newer BRI Desktop (workspace schema {found}; this version knows {known}): it is opened read-only and left as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another computer is upgrading the team workspace to a newer version: waiting for it to finish…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team workspace was being upgraded by another computer for over {seconds} s: try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workspace is read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A tag needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A saved view needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is already a saved view called “{name}”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkspaceMixin</name>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Update with the current view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your workspace is still opening: try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un&amp;pin this record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Pin this record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a record first: then Ctrl+D pins it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pinned “{title}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are no tags yet: add one in the details pane.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New name for “{tag}” (the name of another tag merges the two):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open a saved view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of this view (the kind, search, filters, sort, columns, chart and map):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved the view “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no saved view “{name}” any more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The saved view “{name}” cannot be opened: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No saved views yet: View &gt; Saved views &gt; Save this view.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved views</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>View:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved view “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename saved view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A link to this view is on the clipboard: paste it into an e-mail; it opens with File &gt; Open link.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste a BRI Desktop view link:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write {file}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workspace written to {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{error} Your workspace is as it was.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>about</name>
        <message>
            <source>Ctrl+F or /</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch record kind (Ctrl+9: everything)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy selected rows (tab-separated, with headers)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the selected record's citation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export filtered records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear all filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo / redo a filter change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back / forward (also the mouse's side buttons)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space or Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Toggle the focused filter value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pin or unpin the open record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the Pinboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save this view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy a link to this view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a view link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Running from source.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Build {version} from commit {commit} ({date}) for {platform}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>publisher not stated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An offline reference on China–Central Asia Belt and Road cooperation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dataset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sources</source>
            <translation type="unfinished">Источники</translation>
        </message>
        <message>
            <source>Licences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Built with Qt for Python (PySide6 {version}, LGPLv3), SQLite (public domain), SQLAlchemy (MIT), pandas (BSD), pyqtgraph (MIT) and openpyxl (MIT).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About BRI Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>aiddata</name>
        <message>
            <source>the recipient is outside the five Central Asian countries BRI Desktop covers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} does not have AidData's columns Title and Recipient: import it as a table instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US dollars, from AidData's column {column}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no amount column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No amount column (Amount (Constant USD …)) found: records carry no value.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Total %n row(s) left out.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>is empty: a project needs a recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recipients left out, most rows first: {recipients}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is empty: a project needs a title</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>BRI Desktop cannot start:
{error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported collections are not shown: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>briefing_flow</name>
        <message>
            <source>Word document (*.docx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>briefing_render</name>
        <message>
            <source>Sources</source>
            <translation type="unfinished">Источники</translation>
        </message>
        <message>
            <source>{footer} · page {number} of {count}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>briefings</name>
        <message>
            <source>A briefing needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>A briefing's name has at most %n character(s).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Someone else saved the briefing “{name}” meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is already a briefing called “{name}”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cgit</name>
        <message>
            <source>the country is outside the five Central Asian countries BRI Desktop covers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is empty: a investment needs its Chinese party</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is empty: a construction contract needs its Chinese party</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is empty: a troubled transaction needs its Chinese party</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is empty: a investment or construction contract needs its Chinese party</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sheet {sheets} left out: it repeats Dataset 1 and Dataset 2, which are imported (both would count each deal twice).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is empty: a deal needs a country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}, sheet '{sheet}' does not have CGIT's columns (Investor or Contractor, Quantity in Millions, Country): import it as a table instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} does not have CGIT's columns (Investor or Contractor, Quantity in Millions, Country): import it as a table instead</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{sheet}: total %n row(s) left out (row {rows}).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{sheet}: %n row(s) hidden by a saved filter, imported like the others.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{sheet}: amounts such as '1.740' read as 1,740 (the dot separates thousands in every amount of this file).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Countries left out, most rows first: {countries}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>chart_panel</name>
        <message numerus="yes">
            <source>{figure} from %n record(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of the values are stated with a qualifier (over, about…)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Largest:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These records state no value for this: sort the table by that column to see them (they come last).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click to filter to this bar; click again to undo.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>charts</name>
        <message>
            <source>Disclosed investment (USD)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of agreements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>by sector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>by country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>by year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>by event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stack by country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stack by status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disclosed investment (USD) by sector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disclosed investment (USD) by country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disclosed investment (USD) by year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disclosed investment (USD) by event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of agreements by sector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of agreements by country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of agreements by year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of agreements by event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of projects by sector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of projects by country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of projects by year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of projects by event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Announced package totals, not allocated by sector and not in the bars:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Announced package totals, not allocated by country and not in the bars:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Announced package totals, not allocated by year and not in the bars:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Announced package totals, not allocated by event and not in the bars:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No records match the filters with this measure.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still counting: {share} of the search's matches so far. Each bar is a floor and grows until the chart is exact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each collection has its own bar ({collections}): figures from different sources are never added together; the same deal may appear in more than one.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{figure} · %n record(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Each project's investment counts once; an agreement's value counts only when no project it concerns discloses an investment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records count in the year of their date, whatever its precision ("Oct 2023" and "2023" both in 2023).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{missing} of %n project(s) disclose no value.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{missing} of %n agreement(s) disclose no value.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n projects with a value are listed but never summed (troubled transactions, and rows their dataset does not recommend for totals).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreements with a value are listed but never summed (troubled transactions, and rows their dataset does not recommend for totals).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{facet} applies to agreements only: projects are counted whatever their {facet_lower}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{facet} applies to projects only: agreements are counted whatever their {facet_lower}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{facet} does not apply to projects: the chart ignores it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{facet} does not apply to agreements: the chart ignores it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{facet} does not apply to agreements and projects: the chart ignores it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>several countries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({country}): {count} items, {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({country}): {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} · Filters: {filters} · Dataset {version} · Source: BRI Desktop dataset</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>chip_texts</name>
        <message>
            <source>Search: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{facet}: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date: {start} – {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value: any – {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value: {low} – any</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value: {low} – {high}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>combine</name>
        <message>
            <source>Copying the bundled dataset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adding {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The collection '{name}' is left out: {error}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finding possible matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot write the combined dataset {file}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same country ({country}) and sector ({sector}), {organizations} in both, years {first} and {second}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same country ({country}) and sector ({sector}), {organizations} in both, the same year, {first}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same country ({country}) and sector ({sector}), {organizations} in both, a year not stated in one of them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>common</name>
        <message>
            <source>China Global Investment Tracker (AEI)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AidData Global Chinese Development Finance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Table</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n row(s) left out: {reason}.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>connection</name>
        <message>
            <source>{path} is a folder, not a dataset file: give the .sqlite file in it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dataset not found: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a readable SQLite database ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rebuild it with `bri-desktop data build` (or open the bundled dataset).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a BRI Desktop dataset (it has no meta or agreements table).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: its meta table cannot be read ({error}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} was built by a newer BRI Desktop (dataset schema {found}; this version reads schema {version}). Update BRI Desktop to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} was built by an older BRI Desktop (dataset schema {found}; this version reads schema {version}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} lacks tables BRI Desktop needs: {tables}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: table {table} lacks columns {columns} that BRI Desktop reads.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Details are in the log: {log}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details are in the log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} could not be read: {error}. The dataset file changed or was damaged while BRI Desktop ran: restart it, or open another dataset.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} took too long and was stopped: the search or the filters are too broad. Narrow them and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} could not be read: the dataset file does not have the tables or columns this version of BRI Desktop needs. Open a dataset built by this version (bri-desktop data build), or reinstall.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} could not be read from the dataset file, which may be damaged or changed while the app runs. Restart BRI Desktop; if it happens again, reinstall or rebuild the dataset.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} needs more memory than is free. Narrow the filters and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} failed: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} failed because of a fault in BRI Desktop.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>export_flow</name>
        <message>
            <source>CSV, for Excel and analysis tools (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{column}, newest first (as in the table; records without a value last)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{column}, oldest first (as in the table; records without a value last)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{column}, largest first (as in the table; records without a value last)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{column}, smallest first (as in the table; records without a value last)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{column}, Z to A (as in the table; records without a value last)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{column}, A to Z (as in the table; records without a value last)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export filtered records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>as shown in the table: {columns}, then Id and Sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting {records}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported {records} to {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write {file}:
{reason}

Nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export cancelled; {file} was not written.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>figures_chart</name>
        <message>
            <source>BRI Desktop figures compared</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>figures_panel</name>
        <message numerus="yes">
            <source>{measure} ({kept} of %n figure(s) match the filters)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>value</source>
            <comment>the value range of a filter</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>date</source>
            <comment>the date range of a filter</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>file_choice</name>
        <message>
            <source>Replace file?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} already exists. Replace it?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>filters</name>
        <message>
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Отрасль</translation>
        </message>
        <message>
            <source>Document type</source>
            <translation>Тип документа</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Событие</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Вид транспорта</translation>
        </message>
        <message>
            <source>Corridor</source>
            <translation>Коридор</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Метка</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Коллекция</translation>
        </message>
    </context>
    <context>
        <name>formatting</name>
        <message>
            <source>Binding</source>
            <translation>Обязывающее</translation>
        </message>
        <message>
            <source>Non-binding</source>
            <translation>Необязывающее</translation>
        </message>
    </context>
    <context>
        <name>image_export</name>
        <message>
            <source>Chart copied to the clipboard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Corridor map copied to the clipboard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline copied to the clipboard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figures copied to the clipboard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart written to {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Corridor map written to {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline written to {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figures written to {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export chart as {format}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export corridor map as {format}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export timeline as {format}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export figures as {format}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>could not write {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} cannot be written: {reason}. Nothing was written.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>items</name>
        <message>
            <source>The workspace is busy: another BRI Desktop window is saving to it. Try again in a moment; nothing was lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk is full: the change was not saved. Free some space and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workspace cannot be written (read-only): the change was not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The change could not be saved: {error}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kinds</name>
        <message>
            <source>Agreements</source>
            <translation>Соглашения</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>соглашение</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Стороны</translation>
        </message>
        <message>
            <source>Document type</source>
            <translation>Тип документа</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Отрасль</translation>
        </message>
        <message>
            <source>Subsector</source>
            <translation>Подотрасль</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Событие</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Обязательность</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Идентификатор</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Проекты</translation>
        </message>
        <message>
            <source>project</source>
            <translation>проект</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Investment</source>
            <translation>Инвестиции</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Мощность</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Партнёры</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Коллекция</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Тип потока</translation>
        </message>
        <message>
            <source>Packages</source>
            <translation>Пакеты</translation>
        </message>
        <message>
            <source>package</source>
            <translation>пакет</translation>
        </message>
        <message>
            <source>Announced total</source>
            <translation>Объявленная сумма</translation>
        </message>
        <message>
            <source>Documents or projects</source>
            <translation>Документов или проектов</translation>
        </message>
        <message>
            <source>Corridors</source>
            <translation>Коридоры</translation>
        </message>
        <message>
            <source>corridor</source>
            <translation>коридор</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Вид транспорта</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Страны</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Протяжённость</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Показатели</translation>
        </message>
        <message>
            <source>indicator</source>
            <translation>показатель</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Охват</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Организации</translation>
        </message>
        <message>
            <source>organization</source>
            <translation>организация</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Полное название</translation>
        </message>
        <message>
            <source>Aliases</source>
            <translation>Другие названия</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>События</translation>
        </message>
        <message>
            <source>event</source>
            <translation>событие</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>source</source>
            <translation>источник</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Издатель</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Опубликовано</translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%Ln соглашение</numerusform>
                <numerusform>%Ln соглашения</numerusform>
                <numerusform>%Ln соглашений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n project(s)</source>
            <translation>
                <numerusform>%Ln проект</numerusform>
                <numerusform>%Ln проекта</numerusform>
                <numerusform>%Ln проектов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n package(s)</source>
            <translation>
                <numerusform>%Ln пакет</numerusform>
                <numerusform>%Ln пакета</numerusform>
                <numerusform>%Ln пакетов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n corridor(s)</source>
            <translation>
                <numerusform>%Ln коридор</numerusform>
                <numerusform>%Ln коридора</numerusform>
                <numerusform>%Ln коридоров</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n indicator(s)</source>
            <translation>
                <numerusform>%Ln показатель</numerusform>
                <numerusform>%Ln показателя</numerusform>
                <numerusform>%Ln показателей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organization(s)</source>
            <translation>
                <numerusform>%Ln организация</numerusform>
                <numerusform>%Ln организации</numerusform>
                <numerusform>%Ln организаций</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%Ln событие</numerusform>
                <numerusform>%Ln события</numerusform>
                <numerusform>%Ln событий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n source(s)</source>
            <translation>
                <numerusform>%Ln источник</numerusform>
                <numerusform>%Ln источника</numerusform>
                <numerusform>%Ln источников</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%Ln запись</numerusform>
                <numerusform>%Ln записи</numerusform>
                <numerusform>%Ln записей</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Все записи</translation>
        </message>
        <message>
            <source>record</source>
            <translation>запись</translation>
        </message>
    </context>
    <context>
        <name>menus</name>
        <message>
            <source>&amp;Export filtered records…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import &amp;dataset (CGIT, AidData, a table)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Manage collections…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export briefing as &amp;Word…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export briefing as P&amp;DF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export briefing as Mark&amp;down…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print briefing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy selected rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy c&amp;itation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;lear all filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reset columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About BRI Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Pin this record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pin the &amp;chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pin the &amp;map view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pin the &amp;timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pin the &amp;figures compared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename or merge a &amp;tag…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save this view…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Manage saved views…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy a &amp;link to this view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;link…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export &amp;workspace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import workspace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Pinboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved &amp;views</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopen the last view at start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>money</name>
        <message>
            <source>over</source>
            <translation>более</translation>
        </message>
        <message>
            <source>about</source>
            <translation>около</translation>
        </message>
        <message>
            <source>nearly</source>
            <translation>почти</translation>
        </message>
        <message>
            <source>up to</source>
            <translation>до</translation>
        </message>
        <message>
            <source>at least</source>
            <translation>не менее</translation>
        </message>
    </context>
    <context>
        <name>prepare</name>
        <message>
            <source>table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (imported)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown format '{format}' (use one of: {formats})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US dollars, from CGIT's column Quantity in Millions (USD millions)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read as {encoding}, cells separated by semicolons.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read as {encoding}, cells separated by tabs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read as {encoding}, cells separated by commas.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>read</name>
        <message>
            <source>UTF-8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-8 with BOM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows-1252</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-16</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-16 LE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-16 BE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Latin-1 (ISO 8859-1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is a PNG image, not a table: choose a CSV or XLSX file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is a SQLite database, not a table: choose a CSV or XLSX file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is a PDF document, not a table: choose a CSV or XLSX file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is a JPEG image, not a table: choose a CSV or XLSX file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is a GIF image, not a table: choose a CSV or XLSX file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is a gzip archive, not a table: choose a CSV or XLSX file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is a 7-Zip archive, not a table: choose a CSV or XLSX file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is a RAR archive, not a table: choose a CSV or XLSX file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is a program, not a table: choose a CSV or XLSX file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is a folder: choose a CSV or XLSX file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot read {path}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is {size} MB: larger than any dataset release (at most {limit} MB)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is an old Excel file (.xls): open it in a spreadsheet program and save it as .xlsx or .csv, then import that</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is named as an Excel workbook but is not one (an .xlsx file is a zip archive): open it in a spreadsheet program and save it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}, line {line}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown encoding '{encoding}' (use one of: {encodings})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} cannot be read as {encoding}: byte {byte} on line {line} is not valid there. Choose another encoding.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} cannot be read as {encoding} ({error}). Choose another encoding.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} holds zero bytes as {encoding}: it is not a text table in that encoding (is it UTF-16?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is not a readable XLSX workbook ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: the sheet '{sheet}' cannot be read ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} has no sheet with any cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no header row found in the first rows: a header is a row of column names above the data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}, sheet '{sheet}'</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{label} has no row {row} (it has %n row(s))</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>record_flow</name>
        <message>
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished">Сумма</translation>
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished">Дата</translation>
        </message>
    </context>
    <context>
        <name>safe_write</name>
        <message>
            <source>no temporary file could be made in {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{target} is a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{target} is not a file (a socket or a device)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the folder {folder} does not exist</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>server</name>
        <message>
            <source>A colleague renamed or removed the tag “{old}” meanwhile: your rename to “{new}” was not made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A change of an unknown kind ({op}) was not sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team no longer shares the collection “{name}”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>store</name>
        <message>
            <source>A collection needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{start}…' is {length} characters; a name holds at most {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{name}' names BRI Desktop's own curated records: choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n row(s) with problems not imported.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>table</name>
        <message>
            <source>Title</source>
            <translation type="unfinished">Название</translation>
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished">Страна</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation type="unfinished">Отрасль</translation>
        </message>
        <message>
            <source>Year or date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the country is outside the five Central Asian countries BRI Desktop covers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>choose the column that holds the title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>choose the column that holds the country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The column mapping is not complete: {problems}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US dollars, from the column {column} ({unit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no amount column</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Total %n row(s) left out.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>is empty: a record needs a country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Countries left out, most rows first: {countries}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is empty: a record needs a title</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>tasks</name>
        <message>
            <source>not in dataset {version} (was in {was})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not in dataset {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This source is an imported file: each record's details show the row it was read from (Imported from, The row as it was).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The article's text cannot be read ({file}: {error}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>team</name>
        <message>
            <source>connection refused: is the server running?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no such server name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no answer in time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the server closed the connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the server is shutting down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the connection was lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{address}” is not a database address (its port is not a number; a password with @ : / or % in it is written %40 %3A %2F %25; for example {example}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{address}” is not a database address (for example {example}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A team workspace lives on PostgreSQL: the address starts with postgresql+psycopg:// (for example {example}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BRI Desktop talks to PostgreSQL through psycopg: write the address as postgresql+psycopg://… (not {driver}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The address has more than one @: a password with @ in it is written %40 (and : / % as %3A %2F %25).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The address needs a user, a server and a database, as in {example}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave sslpassword and passfile out of the address: BRI Desktop asks for the password and keeps it in the system keyring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sslmode={mode} is not one of {modes}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PostgreSQL client library is missing (libpq: on Debian or Ubuntu, apt-get install libpq5): {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server {where} asks for the password of {user}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server {where} refused the password of {user}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The address asks for an encrypted connection (sslmode) and {where} does not offer one: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server {where}'s certificate cannot be checked as the address asks (sslmode verify-ca/verify-full): {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no database {database} on {where}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your database role {user} may not do this in the team workspace (ask its administrator for the grants in the README): {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team workspace at {where} cannot be reached ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team workspace at {where} failed: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team database {database} has no BRI Desktop tables (or older ones), and your role {user} cannot make them: its administrator opens it once with a role that can (README: Team workspace).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your database role {user} may read the team workspace but not change it: your changes stay on this computer until its administrator gives the grants in the README.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>team_collections</name>
        <message>
            <source>There is no collection “{name}” on this computer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>team_dialogs</name>
        <message>
            <source>Team workspace password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password of {user} for the team workspace on {host}:{port} ({database}):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remember it in the system keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This system has no keyring: the password is asked for at each start. It is never written to the settings file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work offline</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>team_flow</name>
        <message>
            <source>Pre&amp;ferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Recent changes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team &amp;collections…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;hare a collection with the team…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Connect to a team workspace…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>team_status</name>
        <message>
            <source>Team: connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team: up to date</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Team: sending · %n change(s) waiting</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Team: sending</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Team: offline · %n change(s) waiting</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Team: offline · your changes are kept here</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Team: read-only · %n change(s) waiting</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Team: read-only</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Team: problem · %n change(s) waiting</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Team: problem</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Team: no answer from the server · %n change(s) waiting</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Team: no answer from the server</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Team: waiting for an upgrade · %n change(s) waiting</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Team: waiting for an upgrade</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>theme</name>
        <message>
            <source>System</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>transfer</name>
        <message>
            <source>{path} cannot be read: {error}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a BRI Desktop workspace file (not JSON: {error}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a BRI Desktop workspace file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: “{part}” is damaged; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>units</name>
        <message>
            <source>Mt</source>
            <translation>млн т</translation>
        </message>
        <message>
            <source>Mt/yr</source>
            <translation>млн т/год</translation>
        </message>
        <message>
            <source>t/yr</source>
            <translation>т/год</translation>
        </message>
        <message>
            <source>bcm</source>
            <translation>млрд м³</translation>
        </message>
        <message>
            <source>bcm/yr</source>
            <translation>млрд м³/год</translation>
        </message>
        <message>
            <source>km</source>
            <translation>км</translation>
        </message>
        <message>
            <source>MW</source>
            <translation>МВт</translation>
        </message>
        <message>
            <source>ha</source>
            <translation>га</translation>
        </message>
        <message>
            <source>vehicles/yr</source>
            <translation>автомобилей/год</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>мин</translation>
        </message>
    </context>
    <context>
        <name>values</name>
        <message>
            <source>'{value}' is more than a trillion US dollars, larger than any one deal: check the amount and the column's unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{value}' million is more than a trillion US dollars, larger than any one deal: check the amount and the column's unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{value}' billion is more than a trillion US dollars, larger than any one deal: check the amount and the column's unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{value}' × {scale} is more than a trillion US dollars, larger than any one deal: check the amount and the column's unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{value}' is not an amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{value}' is negative: an amount is at least 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{value}' is not an amount (write it as 1740, 1,740 or $1,740)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{value}' is not a share (write it as 49% or 49)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{value}' is not a share between 0 and 100%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{value}' is not a year (it is negative)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{value}' is not a year (it is not a whole number)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{value}' is not a year between 1900 and 2100</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{value}' is not a year</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>vocabulary</name>
        <message>
            <source>Academic exchange</source>
            <translation>Академический обмен</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Фактическое значение</translation>
        </message>
        <message>
            <source>Addendum</source>
            <translation>Дополнение</translation>
        </message>
        <message>
            <source>Additional agreement</source>
            <translation>Дополнительное соглашение</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Соглашение</translation>
        </message>
        <message>
            <source>Agreement of intent</source>
            <translation>Соглашение о намерениях</translation>
        </message>
        <message>
            <source>Agricultural machinery</source>
            <translation>Сельхозтехника</translation>
        </message>
        <message>
            <source>Agriculture</source>
            <translation>Сельское хозяйство</translation>
        </message>
        <message>
            <source>Association or chamber</source>
            <translation>Ассоциация или палата</translation>
        </message>
        <message>
            <source>Autos</source>
            <translation>Автомобили</translation>
        </message>
        <message>
            <source>Azerbaijan</source>
            <translation>Азербайджан</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Банк</translation>
        </message>
        <message>
            <source>Basic conditions (term sheet)</source>
            <translation>Основные условия (term sheet)</translation>
        </message>
        <message>
            <source>Business council</source>
            <translation>Деловой совет</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменён</translation>
        </message>
        <message>
            <source>Cargo on the Trans-Caspian route (Middle Corridor)</source>
            <translation>Грузы по Транскаспийскому маршруту (Средний коридор)</translation>
        </message>
        <message>
            <source>Chemicals</source>
            <translation>Химическая промышленность</translation>
        </message>
        <message>
            <source>China</source>
            <translation>Китай</translation>
        </message>
        <message>
            <source>Chinese companies in Kazakhstan</source>
            <translation>Китайские компании в Казахстане</translation>
        </message>
        <message>
            <source>Company (ownership not stated)</source>
            <translation>Компания (форма собственности не указана)</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Завершён</translation>
        </message>
        <message>
            <source>Construction contract (CGIT)</source>
            <translation>Строительный подряд (CGIT)</translation>
        </message>
        <message>
            <source>Construction materials</source>
            <translation>Строительные материалы</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Контракт</translation>
        </message>
        <message>
            <source>Cooperation agreement</source>
            <translation>Соглашение о сотрудничестве</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Кредитование</translation>
        </message>
        <message>
            <source>Credit agreement</source>
            <translation>Кредитное соглашение</translation>
        </message>
        <message>
            <source>Cumulative</source>
            <translation>Накопленное значение</translation>
        </message>
        <message>
            <source>Customs</source>
            <translation>Таможня</translation>
        </message>
        <message>
            <source>Customs cooperation</source>
            <translation>Таможенное сотрудничество</translation>
        </message>
        <message>
            <source>Digital platforms</source>
            <translation>Цифровые платформы</translation>
        </message>
        <message>
            <source>Diplomacy</source>
            <translation>Дипломатия</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>Дистрибуция</translation>
        </message>
        <message>
            <source>Distribution agreement</source>
            <translation>Дистрибьюторское соглашение</translation>
        </message>
        <message>
            <source>Economic cooperation</source>
            <translation>Экономическое сотрудничество</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Образование</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Энергетика</translation>
        </message>
        <message>
            <source>Exchange of letters</source>
            <translation>Обмен письмами</translation>
        </message>
        <message>
            <source>Expected milestone (as of the article)</source>
            <translation>Ожидаемый этап (на дату статьи)</translation>
        </message>
        <message>
            <source>Explosives</source>
            <translation>Взрывчатые вещества</translation>
        </message>
        <message>
            <source>Fertilizers</source>
            <translation>Удобрения</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>Финансы</translation>
        </message>
        <message>
            <source>Forum</source>
            <translation>Форум</translation>
        </message>
        <message>
            <source>Framework agreement</source>
            <translation>Рамочное соглашение</translation>
        </message>
        <message>
            <source>Fund or holding</source>
            <translation>Фонд или холдинг</translation>
        </message>
        <message>
            <source>Gas supply</source>
            <translation>Газоснабжение</translation>
        </message>
        <message>
            <source>Genomics</source>
            <translation>Геномика</translation>
        </message>
        <message>
            <source>Georgia</source>
            <translation>Грузия</translation>
        </message>
        <message>
            <source>Government</source>
            <translation>Правительство</translation>
        </message>
        <message>
            <source>Growth</source>
            <translation>Рост</translation>
        </message>
        <message>
            <source>Growth of cargo on the Trans-Caspian route (Middle Corridor)</source>
            <translation>Рост грузов по Транскаспийскому маршруту (Средний коридор)</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Здравоохранение</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Больница</translation>
        </message>
        <message>
            <source>Imported table row</source>
            <translation>Строка импортированной таблицы</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>Действует</translation>
        </message>
        <message>
            <source>Intergovernmental agreement</source>
            <translation>Межправительственное соглашение</translation>
        </message>
        <message>
            <source>Investment (CGIT)</source>
            <translation>Инвестиции (CGIT)</translation>
        </message>
        <message>
            <source>Investment agreement</source>
            <translation>Инвестиционное соглашение</translation>
        </message>
        <message>
            <source>Investment funds</source>
            <translation>Инвестиционные фонды</translation>
        </message>
        <message>
            <source>Investment or construction (CGIT Dataset 1+2)</source>
            <translation>Инвестиции или подряд (CGIT, наборы 1+2)</translation>
        </message>
        <message>
            <source>Investment programme</source>
            <translation>Инвестиционная программа</translation>
        </message>
        <message>
            <source>Joint activities and financing agreement</source>
            <translation>Соглашение о совместной деятельности и финансировании</translation>
        </message>
        <message>
            <source>Joint venture</source>
            <translation>Совместное предприятие</translation>
        </message>
        <message>
            <source>Kazakhstan</source>
            <translation>Казахстан</translation>
        </message>
        <message>
            <source>Kyrgyzstan</source>
            <translation>Киргизия</translation>
        </message>
        <message>
            <source>Logistics</source>
            <translation>Логистика</translation>
        </message>
        <message>
            <source>Manufacturing</source>
            <translation>Обрабатывающая промышленность</translation>
        </message>
        <message>
            <source>Medical equipment</source>
            <translation>Медицинское оборудование</translation>
        </message>
        <message>
            <source>Medical services</source>
            <translation>Медицинские услуги</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <source>Memorandum of cooperation</source>
            <translation>Меморандум о сотрудничестве</translation>
        </message>
        <message>
            <source>Memorandum of understanding</source>
            <translation>Меморандум о взаимопонимании</translation>
        </message>
        <message>
            <source>Metals</source>
            <translation>Металлургия</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Mining and ore processing</source>
            <translation>Добыча и переработка руды</translation>
        </message>
        <message>
            <source>Ministry or agency</source>
            <translation>Министерство или ведомство</translation>
        </message>
        <message>
            <source>Multimodal</source>
            <translation>Мультимодальный</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Не указано</translation>
        </message>
        <message>
            <source>Not stated (an organization named in an imported dataset)</source>
            <translation>Не указано (организация из импортированного набора данных)</translation>
        </message>
        <message>
            <source>Nuclear</source>
            <translation>Атомная энергетика</translation>
        </message>
        <message>
            <source>Official finance (AidData)</source>
            <translation>Официальное финансирование (AidData)</translation>
        </message>
        <message>
            <source>Oil and gas</source>
            <translation>Нефть и газ</translation>
        </message>
        <message>
            <source>Oil refining</source>
            <translation>Нефтепереработка</translation>
        </message>
        <message>
            <source>Operating</source>
            <translation>Действует</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <source>Petrochemicals</source>
            <translation>Нефтехимия</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Трубопровод</translation>
        </message>
        <message>
            <source>Pipelines</source>
            <translation>Трубопроводы</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Запланирован</translation>
        </message>
        <message>
            <source>Ports</source>
            <translation>Порты</translation>
        </message>
        <message>
            <source>Postal and express</source>
            <translation>Почта и экспресс-доставка</translation>
        </message>
        <message>
            <source>Power</source>
            <translation>Электроэнергетика</translation>
        </message>
        <message>
            <source>Preliminary investment agreement</source>
            <translation>Предварительное инвестиционное соглашение</translation>
        </message>
        <message>
            <source>Presentation</source>
            <translation>Презентация</translation>
        </message>
        <message>
            <source>Private company</source>
            <translation>Частная компания</translation>
        </message>
        <message>
            <source>Projection</source>
            <translation>Прогноз</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Предложен</translation>
        </message>
        <message>
            <source>Purchase and sale agreement</source>
            <translation>Договор купли-продажи</translation>
        </message>
        <message>
            <source>Rail</source>
            <translation>Железная дорога</translation>
        </message>
        <message>
            <source>Real estate</source>
            <translation>Недвижимость</translation>
        </message>
        <message>
            <source>Renewables</source>
            <translation>Возобновляемая энергетика</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>По сообщениям</translation>
        </message>
        <message>
            <source>Reported (no status stated)</source>
            <translation>По сообщениям (статус не указан)</translation>
        </message>
        <message>
            <source>Research institute or research unit</source>
            <translation>Научный институт или подразделение</translation>
        </message>
        <message>
            <source>Road</source>
            <translation>Автодорога</translation>
        </message>
        <message>
            <source>Rolling stock</source>
            <translation>Подвижной состав</translation>
        </message>
        <message>
            <source>Russia</source>
            <translation>Россия</translation>
        </message>
        <message>
            <source>Sea leg</source>
            <translation>Морской участок</translation>
        </message>
        <message>
            <source>Share of China–Europe land freight passing through Kazakhstan</source>
            <translation>Доля сухопутных грузов Китай–Европа, идущих через Казахстан</translation>
        </message>
        <message>
            <source>Share sale and purchase agreement</source>
            <translation>Договор купли-продажи акций</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Подписано</translation>
        </message>
        <message>
            <source>Signing</source>
            <translation>Подписание</translation>
        </message>
        <message>
            <source>Soil and crops</source>
            <translation>Почвы и культуры</translation>
        </message>
        <message>
            <source>State company</source>
            <translation>Государственная компания</translation>
        </message>
        <message>
            <source>State visit</source>
            <translation>Государственный визит</translation>
        </message>
        <message>
            <source>Stated by an article</source>
            <translation>Указано в статье</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Заявление</translation>
        </message>
        <message>
            <source>Steel</source>
            <translation>Сталь</translation>
        </message>
        <message>
            <source>Summit</source>
            <translation>Саммит</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>Приостановлен</translation>
        </message>
        <message>
            <source>Tajikistan</source>
            <translation>Таджикистан</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Целевое значение</translation>
        </message>
        <message>
            <source>Technology</source>
            <translation>Технологии</translation>
        </message>
        <message>
            <source>Telecommunications</source>
            <translation>Телекоммуникации</translation>
        </message>
        <message>
            <source>Terminals and dry ports</source>
            <translation>Терминалы и сухие порты</translation>
        </message>
        <message>
            <source>The curator's; no article states it</source>
            <translation>Указано составителем; в статьях нет</translation>
        </message>
        <message>
            <source>Tourism</source>
            <translation>Туризм</translation>
        </message>
        <message>
            <source>Tourism promotion</source>
            <translation>Продвижение туризма</translation>
        </message>
        <message>
            <source>Trade</source>
            <translation>Торговля</translation>
        </message>
        <message>
            <source>Trade promotion</source>
            <translation>Продвижение торговли</translation>
        </message>
        <message>
            <source>Transit</source>
            <translation>Транзит</translation>
        </message>
        <message>
            <source>Transport</source>
            <translation>Транспорт</translation>
        </message>
        <message>
            <source>Tripartite agreement</source>
            <translation>Трёхстороннее соглашение</translation>
        </message>
        <message>
            <source>Troubled transaction (CGIT)</source>
            <translation>Проблемная сделка (CGIT)</translation>
        </message>
        <message>
            <source>Turkmenistan</source>
            <translation>Туркменистан</translation>
        </message>
        <message>
            <source>US dollars</source>
            <translation>доллары США</translation>
        </message>
        <message>
            <source>Under consideration</source>
            <translation>На рассмотрении</translation>
        </message>
        <message>
            <source>Under construction</source>
            <translation>Строится</translation>
        </message>
        <message>
            <source>Universities</source>
            <translation>Университеты</translation>
        </message>
        <message>
            <source>University</source>
            <translation>Университет</translation>
        </message>
        <message>
            <source>Urban development</source>
            <translation>Городское развитие</translation>
        </message>
        <message>
            <source>Uzbekistan</source>
            <translation>Узбекистан</translation>
        </message>
        <message>
            <source>Visas</source>
            <translation>Визы</translation>
        </message>
        <message>
            <source>billion cubic metres</source>
            <translation>млрд кубометров</translation>
        </message>
        <message>
            <source>count</source>
            <translation>количество</translation>
        </message>
        <message>
            <source>million tonnes</source>
            <translation>млн тонн</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>минуты</translation>
        </message>
        <message>
            <source>per cent</source>
            <translation>процентов</translation>
        </message>
        <message>
            <source>times</source>
            <translation>раз</translation>
        </message>
        <message>
            <source>tonnes</source>
            <translation>тонны</translation>
        </message>
    </context>
    <context>
        <name>workspace_flow</name>
        <message>
            <source>BRI Desktop workspace (*.briws.json *.json)</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>

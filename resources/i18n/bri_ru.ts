<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>ArticlePanel</name>
        <message>
            <source>Article</source>
            <translation>Статья</translation>
        </message>
        <message>
            <source>Open a source, or “Show in article” under a record's sources.</source>
            <translation>Откройте источник или выберите «Показать в статье» в источниках записи.</translation>
        </message>
        <message>
            <source>Records citing this article</source>
            <translation>Записи, ссылающиеся на статью</translation>
        </message>
        <message>
            <source>Article text</source>
            <translation>Текст статьи</translation>
        </message>
        <message numerus="yes">
            <source>%n passage(s) quoted by {citations}.</source>
            <translation>
                <numerusform>%Ln фрагмент процитирован ({citations}).</numerusform>
                <numerusform>%Ln фрагмента процитированы ({citations}).</numerusform>
                <numerusform>%Ln фрагментов процитированы ({citations}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n citation(s)</source>
            <translation>
                <numerusform>%Ln ссылка</numerusform>
                <numerusform>%Ln ссылки</numerusform>
                <numerusform>%Ln ссылок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quote(s) not found in this text: {titles}</source>
            <translation>
                <numerusform>%Ln цитата не найдена в этом тексте: {titles}</numerusform>
                <numerusform>%Ln цитаты не найдены в этом тексте: {titles}</numerusform>
                <numerusform>%Ln цитат не найдено в этом тексте: {titles}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more record(s) cite it (the first {listed} are listed and highlighted).</source>
            <translation>
                <numerusform>…и ещё %Ln запись ссылается на неё (первые {listed} перечислены и выделены).</numerusform>
                <numerusform>…и ещё %Ln записи ссылаются на неё (первые {listed} перечислены и выделены).</numerusform>
                <numerusform>…и ещё %Ln записей ссылаются на неё (первые {listed} перечислены и выделены).</numerusform>
            </translation>
        </message>
        <message>
            <source>{kind}: {title}</source>
            <translation>{kind}: {title}</translation>
        </message>
        <message>
            <source>(The filters hide it: opening it lifts them.)</source>
            <translation>(Запись скрыта фильтрами: при открытии они будут сняты.)</translation>
        </message>
        <message numerus="yes">
            <source>The filters hide {hidden} of the %n record(s) listed (greyed).</source>
            <translation>
                <numerusform>Фильтры скрывают {hidden} из %Ln записи в списке (показаны серым).</numerusform>
                <numerusform>Фильтры скрывают {hidden} из %Ln записей в списке (показаны серым).</numerusform>
                <numerusform>Фильтры скрывают {hidden} из %Ln записей в списке (показаны серым).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BriefingMixin</name>
        <message>
            <source>The briefing “{name}” cannot be read ({error}): it is left as it is, and what you add now goes into a new briefing.</source>
            <translation>Записку «{name}» не удаётся прочитать ({error}): она оставлена как есть, а то, что вы добавите сейчас, попадёт в новую записку.</translation>
        </message>
        <message>
            <source>Briefing {number}</source>
            <translation>Записка {number}</translation>
        </message>
        <message>
            <source>{name} is editing this briefing.</source>
            <translation>{name} редактирует эту записку.</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Не сохранено: {reason}</translation>
        </message>
        <message>
            <source>Section 1</source>
            <translation>Раздел 1</translation>
        </message>
        <message>
            <source>Rename briefing</source>
            <translation>Переименовать записку</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Новое название:</translation>
        </message>
        <message>
            <source>Delete briefing</source>
            <translation>Удалить записку</translation>
        </message>
        <message>
            <source>Delete the briefing “{name}”? Its pins stay on the Pinboard.</source>
            <translation>Удалить записку «{name}»? Её закреплённые элементы останутся на доске закреплённого.</translation>
        </message>
        <message>
            <source>“{title}” cannot go into a briefing: its saved view is gone.</source>
            <translation>«{title}» нельзя добавить в записку: соответствующий сохранённый вид удалён.</translation>
        </message>
        <message>
            <source>Added to the briefing “{name}”.</source>
            <translation>Добавлено в записку «{name}».</translation>
        </message>
        <message>
            <source>Add a note</source>
            <translation>Добавить заметку</translation>
        </message>
        <message>
            <source>Your note (not cited; blank lines start new paragraphs):</source>
            <translation>Ваша заметка (без ссылок на источники; пустая строка начинает новый абзац):</translation>
        </message>
        <message>
            <source>A note holds at most {most} characters; this one has {count}. Split it into several notes.</source>
            <translation>Заметка может содержать не более {most} символов, а в этой — {count}. Разделите её на несколько заметок.</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s), {sources} cited.</source>
            <translation>
                <numerusform>%Ln страница, ссылки на {sources}.</numerusform>
                <numerusform>%Ln страницы, ссылки на {sources}.</numerusform>
                <numerusform>%Ln страниц, ссылки на {sources}.</numerusform>
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
        <message>
            <source>Export briefing as {format}</source>
            <translation>Экспорт записки в {format}</translation>
        </message>
        <message>
            <source>Writing the briefing to {file}…</source>
            <translation>Сохранение записки в {file}…</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Ошибка экспорта</translation>
        </message>
        <message>
            <source>{file}: {error}. Nothing was written.</source>
            <translation>{file}: {error}. Ничего не записано.</translation>
        </message>
        <message>
            <source>Briefing written to {file}</source>
            <translation>Записка сохранена в {file}</translation>
        </message>
        <message numerus="yes">
            <source>Briefing sent to the printer (%n page(s)).</source>
            <translation>
                <numerusform>Записка отправлена на печать (%Ln страница).</numerusform>
                <numerusform>Записка отправлена на печать (%Ln страницы).</numerusform>
                <numerusform>Записка отправлена на печать (%Ln страниц).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BriefingPane</name>
        <message>
            <source>Briefing</source>
            <translation>Записка</translation>
        </message>
        <message>
            <source>Briefing to edit</source>
            <translation>Редактируемая записка</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Создать</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Переименовать…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>the day it is written</source>
            <translation>дата экспорта или печати</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Заголовок</translation>
        </message>
        <message>
            <source>&amp;Subtitle</source>
            <translation>&amp;Подзаголовок</translation>
        </message>
        <message>
            <source>&amp;Author</source>
            <translation>&amp;Автор</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Дата</translation>
        </message>
        <message>
            <source>Pa&amp;ge</source>
            <translation>&amp;Страница</translation>
        </message>
        <message>
            <source>Add section</source>
            <translation>Добавить раздел</translation>
        </message>
        <message>
            <source>Add note…</source>
            <translation>Добавить заметку…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Вверх</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Вниз</translation>
        </message>
        <message>
            <source>Word…</source>
            <translation>Word…</translation>
        </message>
        <message>
            <source>PDF…</source>
            <translation>PDF…</translation>
        </message>
        <message>
            <source>Markdown…</source>
            <translation>Markdown…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Печать…</translation>
        </message>
        <message>
            <source>Export:</source>
            <translation>Экспорт:</translation>
        </message>
        <message>
            <source>Add pins from the Pinboard (right-click: Add to briefing), or a note.</source>
            <translation>Добавьте закреплённые элементы с доски закреплённого (правая кнопка мыши: «Добавить в записку») или заметку.</translation>
        </message>
        <message>
            <source>Briefing preview</source>
            <translation>Предпросмотр записки</translation>
        </message>
        <message>
            <source>Page {number} of {count}</source>
            <translation>Страница {number} из {count}</translation>
        </message>
        <message>
            <source>Untitled section</source>
            <translation>Раздел без названия</translation>
        </message>
        <message>
            <source>Section {number}</source>
            <translation>Раздел {number}</translation>
        </message>
    </context>
    <context>
        <name>ChartData</name>
        <message>
            <source>{title} (counting: {share} so far)</source>
            <translation>{title} (подсчёт: пока {share})</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <source>Chart</source>
            <translation>Диаграмма</translation>
        </message>
        <message>
            <source>Chart measure</source>
            <translation>Величина на диаграмме</translation>
        </message>
        <message>
            <source>Chart by</source>
            <translation>Группировка диаграммы</translation>
        </message>
        <message>
            <source>Chart breakdown</source>
            <translation>Разбивка диаграммы</translation>
        </message>
        <message>
            <source>No breakdown</source>
            <translation>Без разбивки</translation>
        </message>
        <message>
            <source>Pin</source>
            <translation>Закрепить</translation>
        </message>
        <message>
            <source>Pin the chart</source>
            <translation>Закрепить диаграмму</translation>
        </message>
        <message>
            <source>Pin this chart (its choices and filters) to the Pinboard</source>
            <translation>Закрепить эту диаграмму (её настройки и фильтры) на доске закреплённого</translation>
        </message>
        <message>
            <source>Chart legend</source>
            <translation>Легенда диаграммы</translation>
        </message>
        <message>
            <source>Loading chart…</source>
            <translation>Загрузка диаграммы…</translation>
        </message>
        <message>
            <source>Chart notes</source>
            <translation>Примечания к диаграмме</translation>
        </message>
        <message>
            <source>Chart plot</source>
            <translation>Область диаграммы</translation>
        </message>
        <message>
            <source>{title}: counting…</source>
            <translation>{title}: подсчёт…</translation>
        </message>
        <message>
            <source>Counting; the bars shown are the previous chart's until the new ones come.</source>
            <translation>Идёт подсчёт; пока не появятся новые столбцы, показаны столбцы предыдущей диаграммы.</translation>
        </message>
        <message>
            <source>{title}: not available</source>
            <translation>{title}: недоступно</translation>
        </message>
    </context>
    <context>
        <name>ChipBar</name>
        <message>
            <source>Active filters</source>
            <translation>Активные фильтры</translation>
        </message>
        <message>
            <source>No filters: showing every record.</source>
            <translation>Фильтров нет: показаны все записи.</translation>
        </message>
        <message>
            <source>Filter notice</source>
            <translation>Сообщение о фильтрах</translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation>Сбросить все</translation>
        </message>
        <message>
            <source>Clear all filters</source>
            <translation>Сбросить все фильтры</translation>
        </message>
        <message>
            <source>Remove this filter: {filter}</source>
            <translation>Снять этот фильтр: {filter}</translation>
        </message>
        <message>
            <source>Remove filter {filter}</source>
            <translation>Снять фильтр {filter}</translation>
        </message>
    </context>
    <context>
        <name>CollectionStore</name>
        <message>
            <source>records.json or rows.txt is missing</source>
            <translation>отсутствует records.json или rows.txt</translation>
        </message>
        <message>
            <source>The imported collection in {folder} cannot be read ({error}); it is left out. Import its file again, or remove the folder.</source>
            <translation>Импортированную коллекцию в {folder} не удаётся прочитать ({error}); она пропущена. Импортируйте её файл заново или удалите папку.</translation>
        </message>
        <message>
            <source>line {line} is damaged ({error})</source>
            <translation>строка {line} повреждена ({error})</translation>
        </message>
        <message>
            <source>line {line} is not a record</source>
            <translation>строка {line} не является записью</translation>
        </message>
        <message>
            <source>the records of collection '{name}' cannot be read ({file}: {error}); import its file again</source>
            <translation>записи коллекции «{name}» не удаётся прочитать ({file}: {error}); импортируйте её файл заново</translation>
        </message>
        <message>
            <source>Another collection is named '{name}': choose another name, or re-import that one to replace it.</source>
            <translation>Коллекция с именем «{name}» уже есть: выберите другое имя или импортируйте ту коллекцию заново, чтобы заменить её.</translation>
        </message>
        <message>
            <source>the collection '{name}' cannot be read ({error})</source>
            <translation>коллекцию «{name}» не удаётся прочитать ({error})</translation>
        </message>
        <message>
            <source>{file} line {line} is not a record</source>
            <translation>{file}: строка {line} не является записью</translation>
        </message>
        <message>
            <source>the collection's files are damaged ({error}): nothing was changed</source>
            <translation>файлы коллекции повреждены ({error}): ничего не изменено</translation>
        </message>
        <message>
            <source>the collection's id {id} cannot name a folder: nothing was changed</source>
            <translation>идентификатор коллекции {id} нельзя использовать как имя папки: ничего не изменено</translation>
        </message>
        <message>
            <source>You have another collection named '{name}': rename or remove it first (File &gt; Manage collections).</source>
            <translation>У вас уже есть коллекция «{name}»: сначала переименуйте или удалите её (Файл &gt; Управление коллекциями).</translation>
        </message>
        <message>
            <source>cannot store the collection in {folder}: {error}</source>
            <translation>не удаётся сохранить коллекцию в {folder}: {error}</translation>
        </message>
        <message>
            <source>Another collection is named '{name}'.</source>
            <translation>Коллекция с именем «{name}» уже есть.</translation>
        </message>
        <message>
            <source>cannot rename the collection: {error}</source>
            <translation>не удаётся переименовать коллекцию: {error}</translation>
        </message>
        <message>
            <source>cannot remove the collection: {error}</source>
            <translation>не удаётся удалить коллекцию: {error}</translation>
        </message>
        <message>
            <source>there is no collection '{name}'</source>
            <translation>коллекции «{name}» нет</translation>
        </message>
    </context>
    <context>
        <name>CollectionsDialog</name>
        <message>
            <source>Manage collections</source>
            <translation>Управление коллекциями</translation>
        </message>
        <message>
            <source>The curated records come from the articles and cannot be changed here. Each imported dataset is a collection of its own: shown beside the curated records, never added to them.</source>
            <translation>Записи, отобранные из статей, здесь изменить нельзя. Каждый импортированный набор данных — отдельная коллекция: она показывается рядом с отобранными из статей записями и никогда к ним не добавляется.</translation>
        </message>
        <message>
            <source>Imported collections</source>
            <translation>Импортированные коллекции</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Формат</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Записи</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Дата импорта</translation>
        </message>
        <message>
            <source>Re&amp;name</source>
            <translation>&amp;Переименовать</translation>
        </message>
        <message>
            <source>&amp;Re-import a newer release…</source>
            <translation>Импортировать &amp;новый выпуск…</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>&amp;Удалить…</translation>
        </message>
        <message>
            <source>No imported collections yet: File &gt; Import dataset…</source>
            <translation>Импортированных коллекций пока нет: Файл &gt; Импорт набора данных…</translation>
        </message>
    </context>
    <context>
        <name>CollectionsMixin</name>
        <message>
            <source>Checking the rows of {file}…</source>
            <translation>Проверка строк файла {file}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Import dataset</source>
            <translation>Импорт набора данных</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Ход импорта</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was imported.</source>
            <translation>Импорт отменён: ничего не импортировано.</translation>
        </message>
        <message>
            <source>The import failed: {reason}.

Nothing was imported; what you had is as it was.</source>
            <translation>Импорт не удался: {reason}.

Ничего не импортировано; имеющиеся данные не изменились.</translation>
        </message>
        <message>
            <source>The import failed: a fault in BRI Desktop ({error}); details are in the log.

Nothing was imported; what you had is as it was.</source>
            <translation>Импорт не удался: ошибка в BRI Desktop ({error}); подробности в журнале.

Ничего не импортировано; имеющиеся данные не изменились.</translation>
        </message>
        <message>
            <source>Nothing imported from {file}.</source>
            <translation>Из {file} ничего не импортировано.</translation>
        </message>
        <message numerus="yes">
            <source>Importing %n record(s)…</source>
            <translation>
                <numerusform>Импорт %Ln записи…</numerusform>
                <numerusform>Импорт %Ln записей…</numerusform>
                <numerusform>Импорт %Ln записей…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n record(s) as the collection '{name}': shown in Projects, beside the curated records.</source>
            <translation>
                <numerusform>Импортирована %Ln запись как коллекция «{name}»: она показана в разделе «Проекты» рядом с отобранными из статей записями.</numerusform>
                <numerusform>Импортированы %Ln записи как коллекция «{name}»: она показана в разделе «Проекты» рядом с отобранными из статей записями.</numerusform>
                <numerusform>Импортировано %Ln записей как коллекция «{name}»: она показана в разделе «Проекты» рядом с отобранными из статей записями.</numerusform>
            </translation>
        </message>
        <message>
            <source>Show the collection {name}</source>
            <translation>Показать коллекцию {name}</translation>
        </message>
        <message>
            <source>Remove collection</source>
            <translation>Удаление коллекции</translation>
        </message>
        <message numerus="yes">
            <source>Remove the collection '{name}' (%n record(s) imported from {file})?

Its records leave the app; your file is not touched, and you can import it again.</source>
            <translation>
                <numerusform>Удалить коллекцию «{name}» (%Ln запись, импортированная из {file})?

Её записи будут удалены из приложения; ваш файл не изменится, и его можно будет импортировать снова.</numerusform>
                <numerusform>Удалить коллекцию «{name}» (%Ln записи, импортированные из {file})?

Её записи будут удалены из приложения; ваш файл не изменится, и его можно будет импортировать снова.</numerusform>
                <numerusform>Удалить коллекцию «{name}» (%Ln записей, импортированных из {file})?

Её записи будут удалены из приложения; ваш файл не изменится, и его можно будет импортировать снова.</numerusform>
            </translation>
        </message>
        <message>
            <source>Renamed the collection to '{name}'.</source>
            <translation>Коллекция переименована в «{name}».</translation>
        </message>
        <message>
            <source>Removed the collection '{name}'.</source>
            <translation>Коллекция «{name}» удалена.</translation>
        </message>
        <message>
            <source>Manage collections</source>
            <translation>Управление коллекциями</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>sheet {sheet}, row {row}: {title}</source>
            <translation>лист {sheet}, строка {row}: {title}</translation>
        </message>
        <message>
            <source>row {row}: {title}</source>
            <translation>строка {row}: {title}</translation>
        </message>
        <message>
            <source>{collection} (imported collection): file {file}, SHA-256 {sha256}, imported {imported}</source>
            <translation>{collection} (импортированная коллекция): файл {file}, SHA-256 {sha256}, импортирована {imported}</translation>
        </message>
        <message>
            <source>BRI Desktop dataset {version} (curated from the articles listed in these notes; figures drawn from its records)</source>
            <translation>Набор данных BRI Desktop {version} (записи отобраны из статей, перечисленных в этих примечаниях; цифры взяты из его записей)</translation>
        </message>
        <message>
            <source>{kind} '{id}' is not in dataset {version}: left out.</source>
            <translation>{kind} «{id}» отсутствует в наборе данных {version}: запись пропущена.</translation>
        </message>
        <message>
            <source>{date} (inferred)</source>
            <translation>{date} (выведена)</translation>
        </message>
        <message>
            <source>A {document} records intent: it is not a commitment, and its value (if any) is a pledge.</source>
            <translation>Документ типа «{document}» фиксирует намерение, а не обязательство; его сумма (если указана) — лишь обещание.</translation>
        </message>
        <message>
            <source>The package total is an announced figure for the package as a whole: it is not a sum of the projects or agreements in this briefing, and is never added to them.</source>
            <translation>Сумма пакета — объявленная цифра для пакета в целом: она не является суммой проектов или соглашений из этой записки и никогда к ним не прибавляется.</translation>
        </message>
        <message>
            <source>Date inferred: {note}</source>
            <translation>Дата выведена: {note}</translation>
        </message>
        <message>
            <source>Its position on the map is approximate (the article names a place, not a site).</source>
            <translation>Расположение на карте приблизительное (в статье названо место, а не точная площадка).</translation>
        </message>
        <message>
            <source>Listed, never summed in totals.</source>
            <translation>Показывается в списке, но не включается в итоговые суммы.</translation>
        </message>
        <message>
            <source>The articles give other figures for the same measure ({count}); they are shown beside it, not reconciled:</source>
            <translation>В статьях приводятся и другие цифры по той же величине ({count}); они показаны рядом, без сверки:</translation>
        </message>
        <message>
            <source>A chart of '{measure}' by '{dimension}' cannot be drawn: left out.</source>
            <translation>Диаграмму «{measure}» в разбивке «{dimension}» построить невозможно: она пропущена.</translation>
        </message>
        <message>
            <source>{title}. Filters: {filters}. Dataset {version}.</source>
            <translation>{title}. Фильтры: {filters}. Набор данных {version}.</translation>
        </message>
        <message>
            <source>Chart: {title}; filters: {filters}</source>
            <translation>Диаграмма: {title}; фильтры: {filters}</translation>
        </message>
        <message>
            <source>Package totals, announced for packages as a whole, are not in the bars and are not a sum of them: {packages}.</source>
            <translation>Суммы пакетов, объявленные для пакетов в целом, не входят в столбцы и не являются их суммой: {packages}.</translation>
        </message>
        <message>
            <source>Corridor map: routes and nodes of the dataset's corridors</source>
            <translation>Карта коридоров: маршруты и узлы коридоров из набора данных</translation>
        </message>
        <message>
            <source>Positions marked as approximate on the map stand for a named place, not a surveyed site; routes are drawn between nodes, not along the track.</source>
            <translation>Расположение, отмеченное на карте как приблизительное, соответствует названному месту, а не точно установленной площадке; маршруты проведены между узлами, а не по фактической трассе.</translation>
        </message>
        <message>
            <source>{name}: {shown} of {count}. Filters: {filters}. Dataset {version}.</source>
            <translation>{name}: показано {shown}, всего {count}. Фильтры: {filters}. Набор данных {version}.</translation>
        </message>
        <message>
            <source>{name}: {count}. Filters: {filters}. Dataset {version}.</source>
            <translation>{name}: {count}. Фильтры: {filters}. Набор данных {version}.</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message numerus="yes">
            <source>%n of {count} disclose no value.</source>
            <translation>
                <numerusform>{count}: сумма не раскрыта у %Ln из них.</numerusform>
                <numerusform>{count}: сумма не раскрыта у %Ln из них.</numerusform>
                <numerusform>{count}: сумма не раскрыта у %Ln из них.</numerusform>
            </translation>
        </message>
        <message>
            <source>Memoranda in this table record intent, not commitments.</source>
            <translation>Меморандумы в этой таблице фиксируют намерения, а не обязательства.</translation>
        </message>
        <message>
            <source>Not in the briefing: '{kind}' is not a kind of record.</source>
            <translation>Не включено в записку: «{kind}» не является видом записей.</translation>
        </message>
        <message>
            <source>BRI Desktop dataset {version} · imported collections: {collections} · generated {date}</source>
            <translation>Набор данных BRI Desktop {version} · импортированные коллекции: {collections} · создано {date}</translation>
        </message>
        <message>
            <source>BRI Desktop dataset {version} · generated {date}</source>
            <translation>Набор данных BRI Desktop {version} · создано {date}</translation>
        </message>
        <message>
            <source>Corridor map (geographic). Dataset {version}.</source>
            <translation>Карта коридоров (географическая). Набор данных {version}.</translation>
        </message>
        <message>
            <source>Corridor map (geographic) · {name}. Dataset {version}.</source>
            <translation>Карта коридоров (географическая) · {name}. Набор данных {version}.</translation>
        </message>
        <message>
            <source>Corridor map (schematic). Dataset {version}.</source>
            <translation>Карта коридоров (схема). Набор данных {version}.</translation>
        </message>
        <message>
            <source>Corridor map (schematic) · {name}. Dataset {version}.</source>
            <translation>Карта коридоров (схема) · {name}. Набор данных {version}.</translation>
        </message>
    </context>
    <context>
        <name>ContentsTree</name>
        <message>
            <source>Briefing contents</source>
            <translation>Содержание записки</translation>
        </message>
    </context>
    <context>
        <name>CorridorPanel</name>
        <message>
            <source>BRI Desktop corridor map</source>
            <translation>Карта коридоров BRI Desktop</translation>
        </message>
        <message>
            <source>Country outlines: Natural Earth 1:110m admin-0 (public domain), naturalearthdata.com</source>
            <translation>Границы стран: Natural Earth 1:110m admin-0 (общественное достояние), naturalearthdata.com</translation>
        </message>
        <message>
            <source>Map layout</source>
            <translation>Тип карты</translation>
        </message>
        <message>
            <source>Geographic</source>
            <translation>Географическая</translation>
        </message>
        <message>
            <source>Schematic</source>
            <translation>Схема</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Сбросить</translation>
        </message>
        <message>
            <source>Show the whole map again (0)</source>
            <translation>Снова показать всю карту (0)</translation>
        </message>
        <message>
            <source>Related records</source>
            <translation>Связанные записи</translation>
        </message>
        <message>
            <source>Show related records</source>
            <translation>Показать связанные записи</translation>
        </message>
        <message>
            <source>Filter the tables to the projects and agreements linked to the selected corridor</source>
            <translation>Отфильтровать таблицы по проектам и соглашениям, связанным с выбранным коридором</translation>
        </message>
        <message>
            <source>Pin</source>
            <translation>Закрепить</translation>
        </message>
        <message>
            <source>Pin the map view</source>
            <translation>Закрепить вид карты</translation>
        </message>
        <message>
            <source>Pin this map view (layout, selected corridor, filters)</source>
            <translation>Закрепить этот вид карты (тип карты, выбранный коридор, фильтры)</translation>
        </message>
        <message>
            <source>No agreement or project in the dataset names this corridor</source>
            <translation>Ни одно соглашение или проект в наборе данных не упоминает этот коридор</translation>
        </message>
        <message>
            <source>Routes and stations are approximate: positions are the curator's. Grey stations are the curator's too: no article names them as points of the route.</source>
            <translation>Маршруты и станции показаны приблизительно: их расположение указано составителем. Серые станции также добавлены составителем: ни одна статья не называет их пунктами маршрута.</translation>
        </message>
        <message>
            <source>BRI Desktop corridor map (schematic) · approximate routes · Dataset {version} · {attribution}</source>
            <translation>Карта коридоров BRI Desktop (схема) · маршруты приблизительные · Набор данных {version} · {attribution}</translation>
        </message>
        <message>
            <source>BRI Desktop corridor map (geographic) · approximate routes · Dataset {version} · {attribution}</source>
            <translation>Карта коридоров BRI Desktop (географическая) · маршруты приблизительные · Набор данных {version} · {attribution}</translation>
        </message>
    </context>
    <context>
        <name>CorridorView</name>
        <message>
            <source>Rail / multimodal</source>
            <translation>Железная дорога / мультимодальный</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Трубопровод</translation>
        </message>
        <message>
            <source>Sea leg</source>
            <translation>Морской участок</translation>
        </message>
        <message>
            <source>rail</source>
            <translation>железная дорога</translation>
        </message>
        <message>
            <source>multimodal</source>
            <translation>мультимодальный</translation>
        </message>
        <message>
            <source>pipeline</source>
            <translation>трубопровод</translation>
        </message>
        <message>
            <source>sea</source>
            <translation>морской путь</translation>
        </message>
        <message>
            <source>road</source>
            <translation>автодорога</translation>
        </message>
        <message>
            <source>Corridor map</source>
            <translation>Карта коридоров</translation>
        </message>
        <message>
            <source>Rail, pipeline and sea routes; click a route to select it</source>
            <translation>Железнодорожные, трубопроводные и морские маршруты; щёлкните маршрут, чтобы выбрать его</translation>
        </message>
        <message>
            <source>Loading corridors…</source>
            <translation>Загрузка коридоров…</translation>
        </message>
        <message>
            <source>Width: stated capacity</source>
            <translation>Толщина линии: заявленная мощность</translation>
        </message>
        <message>
            <source>Grey station: placed by curator</source>
            <translation>Серая станция: указана составителем</translation>
        </message>
        <message>
            <source>Approximate position.</source>
            <translation>Приблизительное расположение.</translation>
        </message>
        <message>
            <source>Placed by the curator: no article names it as a point of this route.</source>
            <translation>Указано составителем: ни одна статья не называет это место пунктом данного маршрута.</translation>
        </message>
        <message>
            <source>Approximate route: some points are placed by the curator.</source>
            <translation>Приблизительный маршрут: некоторые точки указаны составителем.</translation>
        </message>
        <message>
            <source>Click to select; its record and sources show in Details.</source>
            <translation>Щёлкните, чтобы выбрать; запись и её источники будут показаны в панели «Сведения».</translation>
        </message>
    </context>
    <context>
        <name>Dataset</name>
        <message>
            <source>{path} was replaced while BRI Desktop had it open</source>
            <translation>файл {path} был заменён, пока он был открыт в BRI Desktop</translation>
        </message>
    </context>
    <context>
        <name>DatasetFileMixin</name>
        <message numerus="yes">
            <source>Dataset {version} · %n imported collection(s)</source>
            <translation>
                <numerusform>Набор данных {version} · %Ln импортированная коллекция</numerusform>
                <numerusform>Набор данных {version} · %Ln импортированные коллекции</numerusform>
                <numerusform>Набор данных {version} · %Ln импортированных коллекций</numerusform>
            </translation>
        </message>
        <message>
            <source>Dataset {version}</source>
            <translation>Набор данных {version}</translation>
        </message>
        <message>
            <source>Curated from the articles</source>
            <translation>Записи, отобранные из статей</translation>
        </message>
        <message numerus="yes">
            <source>{name}: %n record(s) from {file}</source>
            <translation>
                <numerusform>{name}: %Ln запись из {file}</numerusform>
                <numerusform>{name}: %Ln записи из {file}</numerusform>
                <numerusform>{name}: %Ln записей из {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>The dataset file changed and cannot be read now: {error} Still showing what was read before.</source>
            <translation>Файл набора данных изменился и сейчас не читается: {error} Показаны ранее прочитанные данные.</translation>
        </message>
        <message>
            <source>The dataset file was rebuilt: now showing dataset {version}.</source>
            <translation>Файл набора данных пересобран: теперь показан набор данных {version}.</translation>
        </message>
    </context>
    <context>
        <name>DetailsPane</name>
        <message>
            <source>Select a record to see its fields, parties and sources.</source>
            <translation>Выберите запись, чтобы увидеть её поля, стороны и источники.</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Сведения</translation>
        </message>
        <message>
            <source>Copy citation</source>
            <translation>Копировать ссылку на источник</translation>
        </message>
        <message>
            <source>Copy the record's title, sources and quotes for a briefing</source>
            <translation>Копировать название записи, источники и цитаты для записки</translation>
        </message>
        <message>
            <source>There is no {kind} “{id}” in dataset {version}.</source>
            <translation>В наборе данных {version} нет записи «{id}» ({kind}).</translation>
        </message>
        <message>
            <source>This pinned record is {why}. What the pin kept of it:</source>
            <translation>Эта закреплённая запись: {why}. Что сохранено при закреплении:</translation>
        </message>
        <message>
            <source>This {kind} is hidden by the filters you set ({filters}), so it is no longer shown here.</source>
            <translation>Эта запись ({kind}) скрыта заданными фильтрами ({filters}), поэтому здесь больше не показывается.</translation>
        </message>
        <message>
            <source>&lt;a href='{link}'&gt;Show it again&lt;/a&gt; (lifts only the filters that hide it; Back or Undo restores them).</source>
            <translation>&lt;a href='{link}'&gt;Показать снова&lt;/a&gt; (снимаются только скрывающие её фильтры; «Назад» или «Отменить» вернёт их).</translation>
        </message>
    </context>
    <context>
        <name>ExportButton</name>
        <message>
            <source>Export as PNG (2x)…</source>
            <translation>Экспорт в PNG (2x)…</translation>
        </message>
        <message>
            <source>Export as SVG…</source>
            <translation>Экспорт в SVG…</translation>
        </message>
        <message>
            <source>Copy image to clipboard</source>
            <translation>Копировать изображение в буфер обмена</translation>
        </message>
        <message>
            <source>Export the chart</source>
            <translation>Экспорт диаграммы</translation>
        </message>
        <message>
            <source>Export the chart as PNG or SVG, or copy it</source>
            <translation>Экспортировать диаграмму в PNG или SVG либо скопировать её</translation>
        </message>
        <message>
            <source>Export the figures</source>
            <translation>Экспорт цифр</translation>
        </message>
        <message>
            <source>Export the figures as PNG or SVG, or copy it</source>
            <translation>Экспортировать цифры в PNG или SVG либо скопировать их</translation>
        </message>
        <message>
            <source>Export the timeline</source>
            <translation>Экспорт хронологии</translation>
        </message>
        <message>
            <source>Export the timeline as PNG or SVG, or copy it</source>
            <translation>Экспортировать хронологию в PNG или SVG либо скопировать её</translation>
        </message>
        <message>
            <source>Export the corridor map</source>
            <translation>Экспорт карты коридоров</translation>
        </message>
        <message>
            <source>Export the corridor map as PNG or SVG, or copy it</source>
            <translation>Экспортировать карту коридоров в PNG или SVG либо скопировать её</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>Export as PNG or SVG, or copy it</source>
            <translation>Экспортировать в PNG или SVG либо скопировать</translation>
        </message>
    </context>
    <context>
        <name>FacetList</name>
        <message>
            <source>Find organization…</source>
            <translation>Найти организацию…</translation>
        </message>
        <message>
            <source>Find organization</source>
            <translation>Найти организацию</translation>
        </message>
        <message>
            <source>Find event…</source>
            <translation>Найти событие…</translation>
        </message>
        <message>
            <source>Find event</source>
            <translation>Найти событие</translation>
        </message>
        <message>
            <source>{facet} filter</source>
            <translation>Фильтр «{facet}»</translation>
        </message>
    </context>
    <context>
        <name>FacetModel</name>
        <message numerus="yes">
            <source>{value}: at least %n matching with the other filters, still counting</source>
            <translation>
                <numerusform>{value}: не менее %Ln совпадения с учётом других фильтров, подсчёт продолжается</numerusform>
                <numerusform>{value}: не менее %Ln совпадений с учётом других фильтров, подсчёт продолжается</numerusform>
                <numerusform>{value}: не менее %Ln совпадений с учётом других фильтров, подсчёт продолжается</numerusform>
            </translation>
        </message>
        <message>
            <source>{value}: counting the matches of the new filters</source>
            <translation>{value}: подсчёт совпадений с новыми фильтрами</translation>
        </message>
        <message numerus="yes">
            <source>{value}: %n matching with the other filters</source>
            <translation>
                <numerusform>{value}: %Ln совпадение с учётом других фильтров</numerusform>
                <numerusform>{value}: %Ln совпадения с учётом других фильтров</numerusform>
                <numerusform>{value}: %Ln совпадений с учётом других фильтров</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{value}, selected, %n matching</source>
            <translation>
                <numerusform>{value}, выбрано, %Ln совпадение</numerusform>
                <numerusform>{value}, выбрано, %Ln совпадения</numerusform>
                <numerusform>{value}, выбрано, %Ln совпадений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{value}, %n matching</source>
            <translation>
                <numerusform>{value}, %Ln совпадение</numerusform>
                <numerusform>{value}, %Ln совпадения</numerusform>
                <numerusform>{value}, %Ln совпадений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{value}, selected, at least %n matching, still counting</source>
            <translation>
                <numerusform>{value}, выбрано, не менее %Ln совпадения, подсчёт продолжается</numerusform>
                <numerusform>{value}, выбрано, не менее %Ln совпадений, подсчёт продолжается</numerusform>
                <numerusform>{value}, выбрано, не менее %Ln совпадений, подсчёт продолжается</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{value}, at least %n matching, still counting</source>
            <translation>
                <numerusform>{value}, не менее %Ln совпадения, подсчёт продолжается</numerusform>
                <numerusform>{value}, не менее %Ln совпадений, подсчёт продолжается</numerusform>
                <numerusform>{value}, не менее %Ln совпадений, подсчёт продолжается</numerusform>
            </translation>
        </message>
        <message>
            <source>{value}, selected, counting</source>
            <translation>{value}, выбрано, подсчёт</translation>
        </message>
        <message>
            <source>{value}, counting</source>
            <translation>{value}, подсчёт</translation>
        </message>
    </context>
    <context>
        <name>FacetPanel</name>
        <message>
            <source>Filters</source>
            <translation>Фильтры</translation>
        </message>
        <message>
            <source>Counting</source>
            <translation>Подсчёт</translation>
        </message>
        <message>
            <source>Value (USD)</source>
            <translation>Сумма (USD)</translation>
        </message>
        <message>
            <source>Amounts such as 500m, 1.5bn or 2,000,000; records without a disclosed value are left out</source>
            <translation>Суммы вида 500 млн, 1,5 млрд или 2 000 000; записи без раскрытой суммы не учитываются</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>A year (2023), month (2023-10) or day (2023-10-18); a record matches when its date, at its own precision, overlaps the range</source>
            <translation>Год (2023), месяц (2023-10) или день (2023-10-18); запись подходит, если её дата (с её точностью) пересекается с диапазоном</translation>
        </message>
        <message>
            <source>Every kind in one list: the search applies to all, and each kind's own filters to it. Choose a kind to set its filters.</source>
            <translation>Все виды записей в одном списке: поиск применяется ко всем, а фильтры каждого вида — только к нему. Выберите вид, чтобы задать его фильтры.</translation>
        </message>
        <message numerus="yes">
            <source>Counting: {share} of %n match(es) so far. A count marked ≥ is a floor until counting ends.</source>
            <translation>
                <numerusform>Подсчёт: пока {share} из %Ln совпадения. Число с отметкой ≥ — нижняя граница, пока подсчёт не завершён.</numerusform>
                <numerusform>Подсчёт: пока {share} из %Ln совпадений. Число с отметкой ≥ — нижняя граница, пока подсчёт не завершён.</numerusform>
                <numerusform>Подсчёт: пока {share} из %Ln совпадений. Число с отметкой ≥ — нижняя граница, пока подсчёт не завершён.</numerusform>
            </translation>
        </message>
        <message>
            <source>Counting: {share} so far. A count marked ≥ is a floor until counting ends.</source>
            <translation>Подсчёт: пока {share}. Число с отметкой ≥ — нижняя граница, пока подсчёт не завершён.</translation>
        </message>
        <message>
            <source>Counting the matches of the new filters…</source>
            <translation>Подсчёт совпадений для новых фильтров…</translation>
        </message>
        <message>
            <source>Counting stopped at {share} (counts marked ≥ are floors): {message}</source>
            <translation>Подсчёт остановлен на {share} (числа с отметкой ≥ — нижние границы): {message}</translation>
        </message>
        <message>
            <source>Counts not available: {message}</source>
            <translation>Счётчики недоступны: {message}</translation>
        </message>
    </context>
    <context>
        <name>FiguresChart</name>
        <message>
            <source>Figures chart</source>
            <translation>Диаграмма сравнения цифр</translation>
        </message>
        <message>
            <source>Choose a measure to compare its figures.</source>
            <translation>Выберите величину, чтобы сравнить её цифры.</translation>
        </message>
        <message>
            <source>Over time: each period drawn from its start to its end</source>
            <translation>Во времени: каждый период показан от начала до конца</translation>
        </message>
    </context>
    <context>
        <name>FiguresModel</name>
        <message>
            <source>Figure</source>
            <translation>Цифра</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Охват</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
        <message>
            <source>(The filters hide this figure: it is shown for comparison.)</source>
            <translation>(Эта цифра скрыта фильтрами: она показана для сравнения.)</translation>
        </message>
    </context>
    <context>
        <name>FiguresPanel</name>
        <message>
            <source>Figures</source>
            <translation>Цифры</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Величина</translation>
        </message>
        <message>
            <source>A measure: figures of the same thing, in the same unit, as different articles or dates give it (grouped by the curator)</source>
            <translation>Величина: цифры об одном и том же в одной единице измерения, как их приводят разные статьи или на разные даты (сгруппированы составителем)</translation>
        </message>
        <message>
            <source>Figures table</source>
            <translation>Таблица цифр</translation>
        </message>
        <message>
            <source>Pin</source>
            <translation>Закрепить</translation>
        </message>
        <message>
            <source>Pin the figures</source>
            <translation>Закрепить цифры</translation>
        </message>
        <message>
            <source>Pin this measure's figures (and the filters) to the Pinboard</source>
            <translation>Закрепить цифры этой величины (и фильтры) на доске закреплённого</translation>
        </message>
        <message>
            <source>&amp;Measure:</source>
            <translation>&amp;Величина:</translation>
        </message>
        <message numerus="yes">
            <source>{measure} (%n figure(s))</source>
            <translation>
                <numerusform>{measure} (%Ln цифра)</numerusform>
                <numerusform>{measure} (%Ln цифры)</numerusform>
                <numerusform>{measure} (%Ln цифр)</numerusform>
            </translation>
        </message>
        <message>
            <source>No measure has a figure the filters keep.</source>
            <translation>Ни у одной величины нет цифр, проходящих через фильтры.</translation>
        </message>
        <message>
            <source>This dataset has no curated measures.</source>
            <translation>В этом наборе данных нет величин, подобранных составителем.</translation>
        </message>
        <message numerus="yes">
            <source>%n figure(s) from {sources}, side by side: each as its article gives it, none reconciled or averaged.</source>
            <translation>
                <numerusform>%Ln цифра ({sources}) — рядом друг с другом: каждая в том виде, как её приводит статья, без сверки и усреднения.</numerusform>
                <numerusform>%Ln цифры ({sources}) — рядом друг с другом: каждая в том виде, как её приводит статья, без сверки и усреднения.</numerusform>
                <numerusform>%Ln цифр ({sources}) — рядом друг с другом: каждая в том виде, как её приводит статья, без сверки и усреднения.</numerusform>
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
            <source>%n state no period, so they are not placed in time.</source>
            <translation>
                <numerusform>У %Ln цифры не указан период, поэтому она не размещена во времени.</numerusform>
                <numerusform>У %Ln цифр не указан период, поэтому они не размещены во времени.</numerusform>
                <numerusform>У %Ln цифр не указан период, поэтому они не размещены во времени.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The filters hide %n of them: greyed, still shown, so that no conflicting figure drops out of sight.</source>
            <translation>
                <numerusform>Фильтры исключают %Ln из них: она остаётся на виду (серым), чтобы ни одна расходящаяся цифра не выпала из поля зрения.</numerusform>
                <numerusform>Фильтры исключают %Ln из них: они остаются на виду (серым), чтобы ни одна расходящаяся цифра не выпала из поля зрения.</numerusform>
                <numerusform>Фильтры исключают %Ln из них: они остаются на виду (серым), чтобы ни одна расходящаяся цифра не выпала из поля зрения.</numerusform>
            </translation>
        </message>
        <message>
            <source>Figures have no {criteria}: the filters do not apply to them.</source>
            <translation>У цифр нет полей «{criteria}»: эти фильтры к ним не применяются.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>USD</source>
            <translation>долл. США</translation>
        </message>
        <message>
            <source>USD m</source>
            <translation>млн долл. США</translation>
        </message>
        <message>
            <source>USD bn</source>
            <translation>млрд долл. США</translation>
        </message>
        <message>
            <source>Re-import a collection</source>
            <translation>Повторный импорт коллекции</translation>
        </message>
        <message>
            <source>Import dataset</source>
            <translation>Импорт набора данных</translation>
        </message>
        <message>
            <source>Choose a CGIT workbook, an AidData file or any table</source>
            <translation>Выберите книгу CGIT, файл AidData или любую таблицу</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Файл для импорта</translation>
        </message>
        <message>
            <source>Ch&amp;oose file…</source>
            <translation>&amp;Выбрать файл…</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Файл:</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Формат</translation>
        </message>
        <message>
            <source>Detect from the columns</source>
            <translation>Определить по столбцам</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Лист</translation>
        </message>
        <message>
            <source>found</source>
            <translation>авто</translation>
        </message>
        <message>
            <source>Header row</source>
            <translation>Строка заголовков</translation>
        </message>
        <message>
            <source>The row holding the column names; 'found' looks for it below any title rows</source>
            <translation>Строка с названиями столбцов; при значении «авто» она ищется ниже строк с заголовком таблицы</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>Кодировка</translation>
        </message>
        <message>
            <source>Detect</source>
            <translation>Определить автоматически</translation>
        </message>
        <message>
            <source>Collection name</source>
            <translation>Название коллекции</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Формат:</translation>
        </message>
        <message>
            <source>&amp;Sheet:</source>
            <translation>&amp;Лист:</translation>
        </message>
        <message>
            <source>&amp;Header row:</source>
            <translation>&amp;Строка заголовков:</translation>
        </message>
        <message>
            <source>&amp;Encoding (CSV):</source>
            <translation>&amp;Кодировка (CSV):</translation>
        </message>
        <message>
            <source>Collection &amp;name:</source>
            <translation>&amp;Название коллекции:</translation>
        </message>
        <message>
            <source>Preview of the first rows</source>
            <translation>Предпросмотр первых строк</translation>
        </message>
        <message>
            <source>Columns to fields (a table)</source>
            <translation>Сопоставление столбцов с полями (для таблицы)</translation>
        </message>
        <message>
            <source>{field} (required):</source>
            <translation>{field} (обязательно):</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field}:</translation>
        </message>
        <message>
            <source>Unit of the amounts</source>
            <translation>Единица сумм</translation>
        </message>
        <message>
            <source>Amounts in:</source>
            <translation>Суммы в:</translation>
        </message>
        <message>
            <source>&amp;Check and import…</source>
            <translation>&amp;Проверить и импортировать…</translation>
        </message>
        <message>
            <source>Tables (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
            <translation>Таблицы (*.csv *.xlsx *.xlsm *.txt *.tsv);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Чтение {file}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>{file} could not be read ({error}).</source>
            <translation>Не удалось прочитать {file} ({error}).</translation>
        </message>
        <message>
            <source>The file could not be read ({error}).</source>
            <translation>Не удалось прочитать файл ({error}).</translation>
        </message>
        <message>
            <source>{message}

Nothing was imported.</source>
            <translation>{message}

Ничего не импортировано.</translation>
        </message>
        <message>
            <source>Reading cancelled: choose the file again.</source>
            <translation>Чтение отменено: выберите файл снова.</translation>
        </message>
        <message>
            <source>As the format says (CGIT: its datasets; others: the first)</source>
            <translation>По формату (CGIT — его наборы данных, иначе первый лист)</translation>
        </message>
        <message numerus="yes">
            <source>Read %n row(s) as {encoding}. Format: {format}.</source>
            <translation>
                <numerusform>Прочитана %Ln строка в кодировке {encoding}. Формат: {format}.</numerusform>
                <numerusform>Прочитаны %Ln строки в кодировке {encoding}. Формат: {format}.</numerusform>
                <numerusform>Прочитано %Ln строк в кодировке {encoding}. Формат: {format}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Read %n row(s). Format: {format}.</source>
            <translation>
                <numerusform>Прочитана %Ln строка. Формат: {format}.</numerusform>
                <numerusform>Прочитаны %Ln строки. Формат: {format}.</numerusform>
                <numerusform>Прочитано %Ln строк. Формат: {format}.</numerusform>
            </translation>
        </message>
        <message>
            <source>found: row {row}</source>
            <translation>авто: строка {row}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message numerus="yes">
            <source>Replaces the collection '{name}' (%n record(s)): a newer release replaces the old one, it is not added to it.</source>
            <translation>
                <numerusform>Заменяет коллекцию «{name}» (%Ln запись): новый выпуск заменяет старый, а не добавляется к нему.</numerusform>
                <numerusform>Заменяет коллекцию «{name}» (%Ln записи): новый выпуск заменяет старый, а не добавляется к нему.</numerusform>
                <numerusform>Заменяет коллекцию «{name}» (%Ln записей): новый выпуск заменяет старый, а не добавляется к нему.</numerusform>
            </translation>
        </message>
        <message>
            <source>A new collection.</source>
            <translation>Новая коллекция.</translation>
        </message>
        <message>
            <source>Another collection is named '{name}': choose another name for the new release of '{replaced}'.</source>
            <translation>Название «{name}» уже носит другая коллекция: выберите другое название для нового выпуска «{replaced}».</translation>
        </message>
        <message>
            <source>The column mapping is not complete:
{problems}</source>
            <translation>Сопоставление столбцов не завершено:
{problems}</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message numerus="yes">
            <source>%n pin(s)</source>
            <translation>
                <numerusform>%Ln закреплённый элемент</numerusform>
                <numerusform>%Ln закреплённых элемента</numerusform>
                <numerusform>%Ln закреплённых элементов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%Ln заметка</numerusform>
                <numerusform>%Ln заметки</numerusform>
                <numerusform>%Ln заметок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n tag use(s)</source>
            <translation>
                <numerusform>%Ln присвоение метки</numerusform>
                <numerusform>%Ln присвоения меток</numerusform>
                <numerusform>%Ln присвоений меток</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n saved view(s)</source>
            <translation>
                <numerusform>%Ln сохранённый вид</numerusform>
                <numerusform>%Ln сохранённых вида</numerusform>
                <numerusform>%Ln сохранённых видов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n briefing(s)</source>
            <translation>
                <numerusform>%Ln записка</numerusform>
                <numerusform>%Ln записки</numerusform>
                <numerusform>%Ln записок</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported {counts}.</source>
            <translation>Импортировано: {counts}.</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the counts of a list</comment>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) edited on both sides: both versions are kept; choose in the details pane.</source>
            <translation>
                <numerusform>%Ln заметка изменена с обеих сторон: сохранены обе версии; выберите нужную в панели сведений.</numerusform>
                <numerusform>%Ln заметки изменены с обеих сторон: сохранены обе версии; выберите нужную в панели сведений.</numerusform>
                <numerusform>%Ln заметок изменено с обеих сторон: сохранены обе версии; выберите нужную в панели сведений.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportReview</name>
        <message>
            <source>Import dataset: check</source>
            <translation>Импорт набора данных: проверка</translation>
        </message>
        <message>
            <source>Import check</source>
            <translation>Проверка импорта</translation>
        </message>
        <message numerus="yes">
            <source>Problems (%n), as file:row:column: reason —</source>
            <translation>
                <numerusform>Проблемы (%Ln) в формате файл:строка:столбец: причина —</numerusform>
                <numerusform>Проблемы (%Ln) в формате файл:строка:столбец: причина —</numerusform>
                <numerusform>Проблемы (%Ln) в формате файл:строка:столбец: причина —</numerusform>
            </translation>
        </message>
        <message>
            <source>Problems in the file</source>
            <translation>Проблемы в файле</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more (Copy problems copies them all)</source>
            <translation>
                <numerusform>… и ещё %Ln (кнопка «Копировать проблемы» копирует все)</numerusform>
                <numerusform>… и ещё %Ln (кнопка «Копировать проблемы» копирует все)</numerusform>
                <numerusform>… и ещё %Ln (кнопка «Копировать проблемы» копирует все)</numerusform>
            </translation>
        </message>
        <message>
            <source>Copy &amp;problems</source>
            <translation>Копировать &amp;проблемы</translation>
        </message>
        <message numerus="yes">
            <source>Import the %n &amp;valid row(s)</source>
            <translation>
                <numerusform>Импортировать %Ln &amp;корректную строку</numerusform>
                <numerusform>Импортировать %Ln &amp;корректные строки</numerusform>
                <numerusform>Импортировать %Ln &amp;корректных строк</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Import %n record(s)</source>
            <translation>
                <numerusform>&amp;Импортировать %Ln запись</numerusform>
                <numerusform>&amp;Импортировать %Ln записи</numerusform>
                <numerusform>&amp;Импортировать %Ln записей</numerusform>
            </translation>
        </message>
        <message>
            <source>Import &amp;nothing</source>
            <translation>&amp;Ничего не импортировать</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>The records table</source>
            <translation>Таблица записей</translation>
        </message>
        <message>
            <source>The filter counts</source>
            <translation>Счётчики фильтров</translation>
        </message>
        <message>
            <source>The chart</source>
            <translation>Диаграмма</translation>
        </message>
        <message>
            <source>The bar's largest records</source>
            <translation>Крупнейшие записи столбца</translation>
        </message>
        <message>
            <source>The record's details</source>
            <translation>Сведения о записи</translation>
        </message>
        <message>
            <source>The corridor map</source>
            <translation>Карта коридоров</translation>
        </message>
        <message>
            <source>The linked record</source>
            <translation>Связанная запись</translation>
        </message>
        <message>
            <source>Checking the open record</source>
            <translation>Проверка открытой записи</translation>
        </message>
        <message>
            <source>Related records</source>
            <translation>Связанные записи</translation>
        </message>
        <message>
            <source>The map</source>
            <translation>Карта</translation>
        </message>
        <message>
            <source>The timeline</source>
            <translation>Хронология</translation>
        </message>
        <message>
            <source>The list of measures</source>
            <translation>Список величин</translation>
        </message>
        <message>
            <source>The figures</source>
            <translation>Цифры</translation>
        </message>
        <message>
            <source>Settings will not be saved: {problem}.</source>
            <translation>Настройки не будут сохранены: {problem}.</translation>
        </message>
        <message>
            <source>Record count</source>
            <translation>Число записей</translation>
        </message>
        <message>
            <source>Dataset version</source>
            <translation>Версия набора данных</translation>
        </message>
        <message>
            <source>Exports are of one kind at a time: choose a kind in the navigator, then export.</source>
            <translation>Экспорт выполняется для одного вида записей: выберите вид в навигаторе, затем экспортируйте.</translation>
        </message>
        <message>
            <source>A background task</source>
            <translation>Фоновая задача</translation>
        </message>
        <message>
            <source>{status}  · updating…</source>
            <translation>{status}  · обновление…</translation>
        </message>
        <message>
            <source>{status} (first {shown} loaded; scroll for more)</source>
            <translation>{status} (загружены первые {shown}; прокрутите, чтобы загрузить ещё)</translation>
        </message>
    </context>
    <context>
        <name>Mapping</name>
        <message>
            <source>{field}: there is no column '{column}' in this file</source>
            <translation>{field}: в этом файле нет столбца «{column}»</translation>
        </message>
        <message>
            <source>unknown unit '{unit}' (use {units})</source>
            <translation>неизвестная единица «{unit}» (допустимы: {units})</translation>
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <source>Record kinds</source>
            <translation>Виды записей</translation>
        </message>
        <message>
            <source>{kind}  ({matched} of {total})</source>
            <translation>{kind}  ({matched} из {total})</translation>
        </message>
    </context>
    <context>
        <name>NoteBox</name>
        <message>
            <source>Your note and tags</source>
            <translation>Ваша заметка и метки</translation>
        </message>
        <message>
            <source>Your note</source>
            <translation>Ваша заметка</translation>
        </message>
        <message>
            <source>Write a note on this record (saved as you type; **bold**, *italic*, - lists). Search finds records by their notes.</source>
            <translation>Напишите заметку к этой записи (сохраняется по мере ввода; **полужирный**, *курсив*, - списки). Поиск находит записи и по заметкам.</translation>
        </message>
        <message>
            <source>Keep this text</source>
            <translation>Оставить этот текст</translation>
        </message>
        <message>
            <source>Keep the other</source>
            <translation>Оставить другой</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Оставить оба</translation>
        </message>
        <message>
            <source>Tags of this record</source>
            <translation>Метки этой записи</translation>
        </message>
        <message>
            <source>Add a tag</source>
            <translation>Добавить метку</translation>
        </message>
        <message>
            <source>Add a tag… (Enter)</source>
            <translation>Добавить метку… (Enter)</translation>
        </message>
        <message>
            <source>--- the other version ---</source>
            <translation>--- другая версия ---</translation>
        </message>
        <message>
            <source>Saved {when}</source>
            <translation>Сохранено: {when}</translation>
        </message>
        <message>
            <source>This note was changed in two places. The other version:</source>
            <translation>Эта заметка изменена в двух местах. Другая версия:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Tags:&lt;/b&gt; {tags}</source>
            <translation>&lt;b&gt;Метки:&lt;/b&gt; {tags}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Tags:&lt;/b&gt; none yet</source>
            <translation>&lt;b&gt;Метки:&lt;/b&gt; пока нет</translation>
        </message>
        <message>
            <source>Not saved yet…</source>
            <translation>Ещё не сохранено…</translation>
        </message>
        <message>
            <source>Note removed</source>
            <translation>Заметка удалена</translation>
        </message>
        <message>
            <source>{message} Your text is still here.</source>
            <translation>{message} Ваш текст не потерян.</translation>
        </message>
    </context>
    <context>
        <name>NoteConflict</name>
        <message>
            <source>Someone else changed this note meanwhile: both texts are kept.</source>
            <translation>Тем временем эту заметку изменил кто-то другой: сохранены оба текста.</translation>
        </message>
    </context>
    <context>
        <name>PinList</name>
        <message>
            <source>Pins</source>
            <translation>Закреплённые элементы</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>Add to briefing</source>
            <translation>Добавить в записку</translation>
        </message>
        <message>
            <source>Remove from the Pinboard</source>
            <translation>Убрать с доски закреплённого</translation>
        </message>
    </context>
    <context>
        <name>PinRemoval</name>
        <message>
            <source>remove the pin “{title}”</source>
            <translation>удаление закреплённого элемента «{title}»</translation>
        </message>
    </context>
    <context>
        <name>Pinboard</name>
        <message>
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Диаграмма</translation>
        </message>
        <message>
            <source>Map view</source>
            <translation>Вид карты</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
        <message>
            <source>Figures compared</source>
            <translation>Сравнение цифр</translation>
        </message>
        <message>
            <source>Saved view</source>
            <translation>Сохранённый вид</translation>
        </message>
        <message>
            <source>Pinboard</source>
            <translation>Доска закреплённого</translation>
        </message>
        <message>
            <source>Nothing pinned yet. Pin a record with Ctrl+D, a chart or a map view with its Pin button.</source>
            <translation>Пока ничего не закреплено. Закрепите запись клавишами Ctrl+D, а диаграмму или вид карты — кнопкой «Закрепить».</translation>
        </message>
        <message>
            <source>{what}: {title}. {detail}</source>
            <translation>{what}: {title}. {detail}</translation>
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
            <translation>Меню, диалоги, подписи и постоянные тексты записок; записи остаются на языке своих источников. Новый язык применяется при следующем запуске.</translation>
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
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Team workspace</source>
            <translation>Командное рабочее пространство</translation>
        </message>
        <message>
            <source>&amp;Database address:</source>
            <translation>&amp;Адрес базы данных:</translation>
        </message>
        <message>
            <source>Leave it empty to keep your pins, notes, tags, views and briefings on this computer only. With an address they are shared with your team on its PostgreSQL server; you keep working when it cannot be reached. The password is asked for and kept in the system keyring, never in the settings file.</source>
            <translation>Оставьте поле пустым, чтобы закреплённое, заметки, метки, виды и записки хранились только на этом компьютере. Если указать адрес, они станут общими для вашей команды на её сервере PostgreSQL; работать можно и тогда, когда сервер недоступен. Пароль запрашивается и хранится в системном хранилище ключей, а не в файле настроек.</translation>
        </message>
        <message>
            <source>Set by {variable} (unset it to choose here).</source>
            <translation>Задано переменной {variable} (удалите её, чтобы выбрать здесь).</translation>
        </message>
    </context>
    <context>
        <name>Prepared</name>
        <message numerus="yes">
            <source>%n row(s) of data read from {file} (sheets: {sheets}).</source>
            <translation>
                <numerusform>%Ln строка данных прочитана из {file} (листы: {sheets}).</numerusform>
                <numerusform>%Ln строки данных прочитаны из {file} (листы: {sheets}).</numerusform>
                <numerusform>%Ln строк данных прочитано из {file} (листы: {sheets}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of data read from {file}.</source>
            <translation>
                <numerusform>%Ln строка данных прочитана из {file}.</numerusform>
                <numerusform>%Ln строки данных прочитаны из {file}.</numerusform>
                <numerusform>%Ln строк данных прочитано из {file}.</numerusform>
            </translation>
        </message>
        <message>
            <source>1 row becomes a record of the collection '{name}'.</source>
            <translation>1 строка станет записью коллекции «{name}».</translation>
        </message>
        <message numerus="yes">
            <source>%n rows become records of the collection '{name}'.</source>
            <translation>
                <numerusform>%Ln строка станет записью коллекции «{name}».</numerusform>
                <numerusform>%Ln строки станут записями коллекции «{name}».</numerusform>
                <numerusform>%Ln строк станут записями коллекции «{name}».</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them are listed and counted but never summed (each record's details say why).</source>
            <translation>
                <numerusform>%Ln из них показывается и учитывается в количестве, но не суммируется (причина указана в сведениях о каждой записи).</numerusform>
                <numerusform>%Ln из них показываются и учитываются в количестве, но не суммируются (причина указана в сведениях о каждой записи).</numerusform>
                <numerusform>%Ln из них показываются и учитываются в количестве, но не суммируются (причина указана в сведениях о каждой записи).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) with problems ({issues} in all): not imported unless you choose to import the valid rows.</source>
            <translation>
                <numerusform>%Ln строка с проблемами (всего проблем: {issues}): импорт не выполняется, если не выбрать импорт только корректных строк.</numerusform>
                <numerusform>%Ln строки с проблемами (всего проблем: {issues}): импорт не выполняется, если не выбрать импорт только корректных строк.</numerusform>
                <numerusform>%Ln строк с проблемами (всего проблем: {issues}): импорт не выполняется, если не выбрать импорт только корректных строк.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RangeBox</name>
        <message>
            <source>from</source>
            <translation>от</translation>
        </message>
        <message>
            <source>to</source>
            <translation>до</translation>
        </message>
        <message>
            <source>{range} from</source>
            <translation>{range}: от</translation>
        </message>
        <message>
            <source>{range} to</source>
            <translation>{range}: до</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Применить</translation>
        </message>
        <message>
            <source>Apply the {range} range</source>
            <translation>Применить диапазон «{range}»</translation>
        </message>
        <message>
            <source>“From” ({low}) is after “to” ({high}): swap them</source>
            <translation>«От» ({low}) больше, чем «до» ({high}): поменяйте их местами</translation>
        </message>
    </context>
    <context>
        <name>RecordsMixin</name>
        <message>
            <source>show the {record}: lift {filters}</source>
            <translation>показ записи ({record}) со снятием фильтров: {filters}</translation>
        </message>
        <message>
            <source>Lifted {filters} to show this {record}. Back (Alt+Left) or Undo restores it.</source>
            <translation>Чтобы показать эту запись ({record}), снят фильтр «{filters}». «Назад» (Alt+Left) или «Отменить» вернёт его.</translation>
        </message>
        <message>
            <source>Lifted {filters} to show this {record}. Back (Alt+Left) or Undo restores them.</source>
            <translation>Чтобы показать эту запись ({record}), сняты фильтры: {filters}. «Назад» (Alt+Left) или «Отменить» вернёт их.</translation>
        </message>
        <message>
            <source>No records match the filters.</source>
            <translation>Фильтрам не соответствует ни одна запись.</translation>
        </message>
        <message>
            <source>No {records} match the filters.</source>
            <translation>Фильтрам не соответствует ни одна запись ({records}).</translation>
        </message>
        <message>
            <source>They do match {links}.</source>
            <translation>Зато им соответствуют: {links}.</translation>
        </message>
        <message>
            <source>&lt;a href='bri:clear'&gt;Clear all filters&lt;/a&gt; or Undo (Ctrl+Z).</source>
            <translation>&lt;a href='bri:clear'&gt;Сбросить все фильтры&lt;/a&gt; или отменить (Ctrl+Z).</translation>
        </message>
    </context>
    <context>
        <name>RecordsView</name>
        <message>
            <source>Records</source>
            <translation>Записи</translation>
        </message>
        <message>
            <source>No matching records</source>
            <translation>Нет подходящих записей</translation>
        </message>
        <message>
            <source>Show columns</source>
            <translation>Показать столбцы</translation>
        </message>
    </context>
    <context>
        <name>SavedViewsList</name>
        <message>
            <source>Saved views</source>
            <translation>Сохранённые виды</translation>
        </message>
        <message>
            <source>Open this saved view (View &gt; Saved views to update, rename or delete)</source>
            <translation>Открыть этот сохранённый вид (обновить, переименовать или удалить — в меню Вид &gt; Сохранённые виды)</translation>
        </message>
    </context>
    <context>
        <name>SearchBox</name>
        <message>
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <source>Full-text search over titles, summaries, parties and their aliases, and quotes</source>
            <translation>Полнотекстовый поиск по названиям, аннотациям, сторонам и их другим названиям, а также по цитатам</translation>
        </message>
        <message>
            <source>Search: Sinopec, sino*, "Shymkent refinery", KMG NOT CNPC  (Ctrl+F)</source>
            <translation>Поиск: Sinopec, sino*, "Shymkent refinery", KMG NOT CNPC  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search message</source>
            <translation>Сообщение поиска</translation>
        </message>
        <message>
            <source>{error}. Showing the results for the last valid search.</source>
            <translation>{error}. Показаны результаты последнего правильного запроса.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>{folder} cannot be made ({reason})</source>
            <translation>не удаётся создать папку {folder} ({reason})</translation>
        </message>
        <message>
            <source>{file} cannot be written</source>
            <translation>не удаётся записать {file}</translation>
        </message>
        <message>
            <source>{file} could not be written</source>
            <translation>не удалось записать {file}</translation>
        </message>
    </context>
    <context>
        <name>TeamCollectionsDialog</name>
        <message>
            <source>not here</source>
            <translation>нет здесь</translation>
        </message>
        <message>
            <source>in use here</source>
            <translation>используется здесь</translation>
        </message>
        <message>
            <source>another release here</source>
            <translation>здесь другой выпуск</translation>
        </message>
        <message>
            <source>Team collections</source>
            <translation>Коллекции команды</translation>
        </message>
        <message>
            <source>Imported datasets your team shares, as the colleague who imported them stored them (file, checksum, rows, provenance). Use a release to have the same records here.</source>
            <translation>Импортированные наборы данных, которыми делится ваша команда, в том виде, в каком их сохранил импортировавший коллега (файл, контрольная сумма, строки, происхождение). Выберите выпуск, чтобы получить здесь те же записи.</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Коллекция</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Записи</translation>
        </message>
        <message>
            <source>Shared by</source>
            <translation>Кто поделился</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>Когда (UTC)</translation>
        </message>
        <message>
            <source>Here</source>
            <translation>Здесь</translation>
        </message>
        <message>
            <source>Use this release</source>
            <translation>Использовать этот выпуск</translation>
        </message>
        <message>
            <source>Share one of mine…</source>
            <translation>Поделиться своей…</translation>
        </message>
        <message>
            <source>Your team shares no collection yet: “Share one of mine…” sends one of your imports.</source>
            <translation>Ваша команда пока не поделилась ни одной коллекцией: кнопка «Поделиться своей…» отправляет одну из ваших импортированных коллекций.</translation>
        </message>
    </context>
    <context>
        <name>TeamCollectionsMixin</name>
        <message>
            <source>Not connected to a team workspace (Edit ▸ Preferences).</source>
            <translation>Нет подключения к командному рабочему пространству (Правка ▸ Настройки).</translation>
        </message>
        <message>
            <source>Share a collection</source>
            <translation>Поделиться коллекцией</translation>
        </message>
        <message>
            <source>You have no imported collection to share (File ▸ Import dataset).</source>
            <translation>Нет импортированных коллекций, которыми можно поделиться (Файл ▸ Импорт набора данных).</translation>
        </message>
        <message>
            <source>Share a collection with the team</source>
            <translation>Поделиться коллекцией с командой</translation>
        </message>
        <message>
            <source>Collection (its file, rows and provenance go to the team):</source>
            <translation>Коллекция (её файл, строки и сведения о происхождении передаются команде):</translation>
        </message>
        <message>
            <source>Not shared: {error}</source>
            <translation>Не удалось поделиться: {error}</translation>
        </message>
        <message>
            <source>Shared “{name}” with the team ({file}, sha256 {sha256}).</source>
            <translation>Коллекция «{name}» передана команде ({file}, sha256 {sha256}).</translation>
        </message>
        <message>
            <source>The team's collections cannot be read: {error}</source>
            <translation>Не удаётся прочитать коллекции команды: {error}</translation>
        </message>
        <message numerus="yes">
            <source>Now using the team's release of “{name}” ({file}, %n record(s)).</source>
            <translation>
                <numerusform>Теперь используется командный выпуск «{name}» ({file}, %Ln запись).</numerusform>
                <numerusform>Теперь используется командный выпуск «{name}» ({file}, %Ln записи).</numerusform>
                <numerusform>Теперь используется командный выпуск «{name}» ({file}, %Ln записей).</numerusform>
            </translation>
        </message>
        <message>
            <source>Fetching the team's “{name}”…</source>
            <translation>Загрузка командной коллекции «{name}»…</translation>
        </message>
    </context>
    <context>
        <name>TeamMixin</name>
        <message>
            <source>Team workspace not opened: {error} Your own workspace is open instead (unset {variable} or correct it).</source>
            <translation>Командное рабочее пространство не открыто: {error} Вместо него открыто ваше собственное (удалите или исправьте {variable}).</translation>
        </message>
        <message>
            <source>Team workspace not opened: {error} Your own workspace is open instead (Edit ▸ Preferences to change the address).</source>
            <translation>Командное рабочее пространство не открыто: {error} Вместо него открыто ваше собственное (адрес можно изменить в меню Правка ▸ Настройки).</translation>
        </message>
        <message>
            <source>Opening the team workspace {address}…</source>
            <translation>Открытие командного рабочего пространства {address}…</translation>
        </message>
        <message>
            <source>No password given: your changes stay on this computer until you connect (Team ▸ Sync now).</source>
            <translation>Пароль не указан: ваши изменения остаются на этом компьютере до подключения (Команда ▸ Синхронизировать сейчас).</translation>
        </message>
        <message>
            <source>There is no system keyring here: the password will be asked for again next time.</source>
            <translation>Системное хранилище ключей недоступно: в следующий раз пароль будет запрошен снова.</translation>
        </message>
        <message>
            <source>The team's server has not answered for {seconds} s.</source>
            <translation>Сервер команды не отвечает уже {seconds} с.</translation>
        </message>
        <message>
            <source>Not connected to a team workspace (Edit ▸ Preferences).</source>
            <translation>Нет подключения к командному рабочему пространству (Правка ▸ Настройки).</translation>
        </message>
        <message>
            <source>Your team shares “{name}” ({file}, shared by {who}), which this computer does not use: Team ▸ Team collections.</source>
            <translation>Ваша команда предоставляет коллекцию «{name}» ({file}, от пользователя {who}), которая не используется на этом компьютере: Команда ▸ Коллекции команды.</translation>
        </message>
        <message numerus="yes">
            <source>Not made on the team's server: {reason} (and %n more)</source>
            <translation>
                <numerusform>Не выполнено на сервере команды: {reason} (и ещё %Ln)</numerusform>
                <numerusform>Не выполнено на сервере команды: {reason} (и ещё %Ln)</numerusform>
                <numerusform>Не выполнено на сервере команды: {reason} (и ещё %Ln)</numerusform>
            </translation>
        </message>
        <message>
            <source>Not made on the team's server: {reason}</source>
            <translation>Не выполнено на сервере команды: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) from your team.</source>
            <translation>
                <numerusform>%Ln изменение от вашей команды.</numerusform>
                <numerusform>%Ln изменения от вашей команды.</numerusform>
                <numerusform>%Ln изменений от вашей команды.</numerusform>
            </translation>
        </message>
        <message>
            <source>A colleague changed the same briefing as you: both versions are kept (a note shows both side by side; choose one).</source>
            <translation>Коллега изменил ту же записку, что и вы: сохранены обе версии (в заметке они показаны рядом; выберите одну).</translation>
        </message>
        <message>
            <source>A colleague changed the same note as you: both versions are kept (a note shows both side by side; choose one).</source>
            <translation>Коллега изменил ту же заметку, что и вы: сохранены обе версии (в заметке они показаны рядом; выберите одну).</translation>
        </message>
        <message>
            <source>{error} Team ▸ Sync now tries again (unset {variable} to choose another).</source>
            <translation>{error} Повторить попытку: Команда ▸ Синхронизировать сейчас (удалите {variable}, чтобы выбрать другой адрес).</translation>
        </message>
        <message>
            <source>{error} Team ▸ Sync now tries again (Edit ▸ Preferences).</source>
            <translation>{error} Повторить попытку: Команда ▸ Синхронизировать сейчас (Правка ▸ Настройки).</translation>
        </message>
        <message>
            <source>{detail} Your changes are kept on this computer.</source>
            <translation>{detail} Ваши изменения сохранены на этом компьютере.</translation>
        </message>
        <message>
            <source>Offline: your edits to this briefing are sent when the team's server answers (a colleague's edits meanwhile are kept beside yours).</source>
            <translation>Без связи: ваши правки этой записки будут отправлены, когда сервер команды ответит (правки коллег, сделанные тем временем, сохранятся рядом с вашими).</translation>
        </message>
        <message>
            <source>{who} is editing this briefing (until {until} UTC unless they go on): it is shown read-only here, and opens for you when they are done.</source>
            <translation>{who} редактирует эту записку (до {until} UTC, если не продолжит): здесь она открыта только для чтения и станет доступна вам, когда редактирование закончится.</translation>
        </message>
        <message>
            <source>You are editing this briefing: colleagues see it read-only until you open another or close BRI Desktop.</source>
            <translation>Вы редактируете эту записку: коллеги видят её только для чтения, пока вы не откроете другую или не закроете BRI Desktop.</translation>
        </message>
    </context>
    <context>
        <name>TeamView</name>
        <message>
            <source>added</source>
            <translation>добавлено</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>изменено</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>удалено</translation>
        </message>
        <message>
            <source>renamed</source>
            <translation>переименовано</translation>
        </message>
        <message>
            <source>reordered</source>
            <translation>изменён порядок</translation>
        </message>
        <message>
            <source>published</source>
            <translation>опубликовано</translation>
        </message>
        <message>
            <source>note</source>
            <translation>заметка</translation>
        </message>
        <message>
            <source>pin</source>
            <translation>закреплённое</translation>
        </message>
        <message>
            <source>tag</source>
            <translation>метка</translation>
        </message>
        <message>
            <source>view</source>
            <translation>вид</translation>
        </message>
        <message>
            <source>briefing</source>
            <translation>записка</translation>
        </message>
        <message>
            <source>collection</source>
            <translation>коллекция</translation>
        </message>
        <message>
            <source>Team: recent changes</source>
            <translation>Команда: последние изменения</translation>
        </message>
        <message>
            <source>Colleague:</source>
            <translation>Коллега:</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Синхронизировать сейчас</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>Когда (UTC)</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Элемент</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Изменение</translation>
        </message>
        <message>
            <source>Everyone ({count})</source>
            <translation>Все ({count})</translation>
        </message>
        <message>
            <source>This window is not connected to a team workspace (Edit ▸ Preferences).</source>
            <translation>Это окно не подключено к командному рабочему пространству (Правка ▸ Настройки).</translation>
        </message>
        <message>
            <source>No changes yet (or not fetched yet: Sync now).</source>
            <translation>Изменений пока нет (или они ещё не получены: «Синхронизировать сейчас»).</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of the %n latest change(s).</source>
            <translation>
                <numerusform>{shown} из %Ln последнего изменения.</numerusform>
                <numerusform>{shown} из %Ln последних изменений.</numerusform>
                <numerusform>{shown} из %Ln последних изменений.</numerusform>
            </translation>
        </message>
        <message>
            <source>renamed: from {old}</source>
            <translation>переименовано, прежнее название: {old}</translation>
        </message>
        <message>
            <source>{action}: {summary}</source>
            <translation>{action}: {summary}</translation>
        </message>
    </context>
    <context>
        <name>TimelinePanel</name>
        <message>
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
        <message>
            <source>Timeline lanes</source>
            <translation>Дорожки хронологии</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Уменьшить</translation>
        </message>
        <message>
            <source>Show a longer stretch of time (−, or the wheel)</source>
            <translation>Показать более длинный период (− или колесо мыши)</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Увеличить</translation>
        </message>
        <message>
            <source>Show a shorter stretch of time (+, or the wheel)</source>
            <translation>Показать более короткий период (+ или колесо мыши)</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Показать всё</translation>
        </message>
        <message>
            <source>Show every dated record (0)</source>
            <translation>Показать все датированные записи (0)</translation>
        </message>
        <message>
            <source>Pin</source>
            <translation>Закрепить</translation>
        </message>
        <message>
            <source>Pin the timeline</source>
            <translation>Закрепить хронологию</translation>
        </message>
        <message>
            <source>Pin this timeline (its lanes, stretch of time and filters) to the Pinboard</source>
            <translation>Закрепить эту хронологию (дорожки, период и фильтры) на доске закреплённого</translation>
        </message>
        <message>
            <source>Timeline range</source>
            <translation>Период хронологии</translation>
        </message>
        <message>
            <source>Timeline summary</source>
            <translation>Сводка хронологии</translation>
        </message>
        <message>
            <source>&amp;Lanes:</source>
            <translation>&amp;Дорожки:</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Timeline chart</source>
            <translation>Диаграмма хронологии</translation>
        </message>
    </context>
    <context>
        <name>ViewPinsMixin</name>
        <message>
            <source>Corridor map (geographic)</source>
            <translation>Карта коридоров (географическая)</translation>
        </message>
        <message>
            <source>Corridor map (schematic)</source>
            <translation>Карта коридоров (схема)</translation>
        </message>
        <message>
            <source>Timeline by kind, {stretch}</source>
            <translation>Хронология по видам, {stretch}</translation>
        </message>
        <message>
            <source>Timeline by country, {stretch}</source>
            <translation>Хронология по странам, {stretch}</translation>
        </message>
        <message>
            <source>open the pinned chart</source>
            <translation>открытие закреплённой диаграммы</translation>
        </message>
        <message>
            <source>open the pinned map</source>
            <translation>открытие закреплённой карты</translation>
        </message>
        <message>
            <source>open the pinned timeline</source>
            <translation>открытие закреплённой хронологии</translation>
        </message>
        <message>
            <source>open the pinned figures</source>
            <translation>открытие закреплённых цифр</translation>
        </message>
        <message>
            <source>Chart pinned: it is drawn again from its settings.</source>
            <translation>Диаграмма закреплена: она будет заново построена по своим настройкам.</translation>
        </message>
        <message>
            <source>Timeline pinned: it is drawn again from its settings.</source>
            <translation>Хронология закреплена: она будет заново построена по своим настройкам.</translation>
        </message>
        <message>
            <source>Figures: {measure}</source>
            <translation>Цифры: {measure}</translation>
        </message>
        <message>
            <source>Figures pinned: they are read again from the dataset.</source>
            <translation>Цифры закреплены: они будут заново считываться из набора данных.</translation>
        </message>
    </context>
    <context>
        <name>ViewsMixin</name>
        <message>
            <source>The chart is not ready yet.</source>
            <translation>Диаграмма ещё не готова.</translation>
        </message>
        <message>
            <source>The corridor map is not ready yet.</source>
            <translation>Карта коридоров ещё не готова.</translation>
        </message>
        <message>
            <source>The timeline is not ready yet.</source>
            <translation>Хронология ещё не готова.</translation>
        </message>
        <message>
            <source>The figures are not ready yet.</source>
            <translation>Цифры ещё не готовы.</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Диаграмма</translation>
        </message>
        <message>
            <source>Corridor map</source>
            <translation>Карта коридоров</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Цифры</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Статья</translation>
        </message>
        <message>
            <source>show the records related to {corridor}</source>
            <translation>показ записей, связанных с {corridor}</translation>
        </message>
        <message>
            <source>The chart is being counted for the new filters: export it once it is drawn.</source>
            <translation>Диаграмма пересчитывается для новых фильтров: экспортируйте её, когда она будет построена.</translation>
        </message>
        <message>
            <source>There is no measure '{measure}' in this dataset.</source>
            <translation>В этом наборе данных нет величины «{measure}».</translation>
        </message>
        <message>
            <source>There is no source '{source}' in this dataset.</source>
            <translation>В этом наборе данных нет источника «{source}».</translation>
        </message>
    </context>
    <context>
        <name>Workbook</name>
        <message>
            <source>{file} has no sheet named '{sheet}' (it has: {sheets})</source>
            <translation>В {file} нет листа «{sheet}» (есть: {sheets})</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Your workspace cannot be kept: the folder {folder} cannot be made ({error}). Pins and notes made now are lost when BRI Desktop closes.</source>
            <translation>Рабочее пространство не удаётся сохранить: невозможно создать папку {folder} ({error}). Закреплённое и заметки, созданные сейчас, будут потеряны при закрытии BRI Desktop.</translation>
        </message>
        <message>
            <source>The workspace {path} could not be read ({problem}); it was moved to {aside} and a new, empty one started.</source>
            <translation>Не удалось прочитать рабочее пространство {path} ({problem}); оно перемещено в {aside}, и создано новое, пустое.</translation>
        </message>
        <message>
            <source>The workspace {path} cannot be written: it is opened read-only, and changes are not kept.</source>
            <translation>Запись в рабочее пространство {path} невозможна: оно открыто только для чтения, изменения не сохраняются.</translation>
        </message>
        <message>
            <source>Your workspace cannot be kept: the folder {folder} cannot be written. Pins and notes made now are lost when BRI Desktop closes.</source>
            <translation>Рабочее пространство не удаётся сохранить: запись в папку {folder} невозможна. Закреплённое и заметки, созданные сейчас, будут потеряны при закрытии BRI Desktop.</translation>
        </message>
        <message>
            <source>The workspace {path} was made by a newer BRI Desktop (workspace schema {found}; this version knows {known}): it is opened read-only and left as it is.</source>
            <translation>Рабочее пространство {path} создано более новой версией BRI Desktop (схема рабочего пространства {found}; эта версия знает {known}): оно открыто только для чтения и не изменяется.</translation>
        </message>
        <message>
            <source>Another computer is upgrading the team workspace to a newer version: waiting for it to finish…</source>
            <translation>Другой компьютер обновляет командное рабочее пространство до новой версии: ожидание завершения…</translation>
        </message>
        <message>
            <source>The team workspace was being upgraded by another computer for over {seconds} s: try again later.</source>
            <translation>Другой компьютер обновляет командное рабочее пространство уже более {seconds} с: повторите попытку позже.</translation>
        </message>
        <message>
            <source>The workspace is read-only.</source>
            <translation>Рабочее пространство доступно только для чтения.</translation>
        </message>
        <message>
            <source>A tag needs a name.</source>
            <translation>У метки должно быть название.</translation>
        </message>
        <message>
            <source>A saved view needs a name.</source>
            <translation>У сохранённого вида должно быть название.</translation>
        </message>
        <message>
            <source>There is already a saved view called “{name}”.</source>
            <translation>Сохранённый вид «{name}» уже существует.</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceMixin</name>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>Update with the current view</source>
            <translation>Обновить по текущему виду</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Переименовать…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Pin</source>
            <translation>Закрепить</translation>
        </message>
        <message>
            <source>Your workspace is still opening: try again in a moment.</source>
            <translation>Рабочее пространство ещё открывается: повторите попытку через несколько секунд.</translation>
        </message>
        <message>
            <source>Un&amp;pin this record</source>
            <translation>&amp;Открепить запись</translation>
        </message>
        <message>
            <source>&amp;Pin this record</source>
            <translation>&amp;Закрепить запись</translation>
        </message>
        <message>
            <source>Open a record first: then Ctrl+D pins it.</source>
            <translation>Сначала откройте запись: затем Ctrl+D закрепит её.</translation>
        </message>
        <message>
            <source>Pinned “{title}”.</source>
            <translation>Закреплено: «{title}».</translation>
        </message>
        <message>
            <source>There are no tags yet: add one in the details pane.</source>
            <translation>Меток пока нет: добавьте метку в панели сведений.</translation>
        </message>
        <message>
            <source>Rename tag</source>
            <translation>Переименовать метку</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Метка:</translation>
        </message>
        <message>
            <source>New name for “{tag}” (the name of another tag merges the two):</source>
            <translation>Новое название для «{tag}» (название другой метки объединит их):</translation>
        </message>
        <message>
            <source>open a saved view</source>
            <translation>открытие сохранённого вида</translation>
        </message>
        <message>
            <source>Save view</source>
            <translation>Сохранить вид</translation>
        </message>
        <message>
            <source>Name of this view (the kind, search, filters, sort, columns, chart and map):</source>
            <translation>Название этого вида (вид записей, поиск, фильтры, сортировка, столбцы, диаграмма и карта):</translation>
        </message>
        <message>
            <source>Saved the view “{name}”.</source>
            <translation>Вид «{name}» сохранён.</translation>
        </message>
        <message>
            <source>There is no saved view “{name}” any more.</source>
            <translation>Сохранённого вида «{name}» больше нет.</translation>
        </message>
        <message>
            <source>The saved view “{name}” cannot be opened: {error}</source>
            <translation>Не удаётся открыть сохранённый вид «{name}»: {error}</translation>
        </message>
        <message>
            <source>No saved views yet: View &gt; Saved views &gt; Save this view.</source>
            <translation>Сохранённых видов пока нет: Вид &gt; Сохранённые виды &gt; Сохранить этот вид.</translation>
        </message>
        <message>
            <source>Saved views</source>
            <translation>Сохранённые виды</translation>
        </message>
        <message>
            <source>View:</source>
            <translation>Вид:</translation>
        </message>
        <message>
            <source>Saved view “{name}”</source>
            <translation>Сохранённый вид «{name}»</translation>
        </message>
        <message>
            <source>Do:</source>
            <translation>Действие:</translation>
        </message>
        <message>
            <source>Rename saved view</source>
            <translation>Переименовать сохранённый вид</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Новое название:</translation>
        </message>
        <message>
            <source>A link to this view is on the clipboard: paste it into an e-mail; it opens with File &gt; Open link.</source>
            <translation>Ссылка на этот вид скопирована в буфер обмена: вставьте её в письмо; она открывается через Файл &gt; Открыть ссылку.</translation>
        </message>
        <message>
            <source>Open link</source>
            <translation>Открыть ссылку</translation>
        </message>
        <message>
            <source>Paste a BRI Desktop view link:</source>
            <translation>Вставьте ссылку на вид BRI Desktop:</translation>
        </message>
        <message>
            <source>Export workspace</source>
            <translation>Экспорт рабочего пространства</translation>
        </message>
        <message>
            <source>Could not write {file}: {error}</source>
            <translation>Не удалось записать {file}: {error}</translation>
        </message>
        <message>
            <source>Workspace written to {file}</source>
            <translation>Рабочее пространство сохранено в {file}</translation>
        </message>
        <message>
            <source>Import workspace</source>
            <translation>Импорт рабочего пространства</translation>
        </message>
        <message>
            <source>{error} Your workspace is as it was.</source>
            <translation>{error} Рабочее пространство не изменилось.</translation>
        </message>
    </context>
    <context>
        <name>about</name>
        <message>
            <source>Ctrl+F or /</source>
            <translation>Ctrl+F или /</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Очистить поиск</translation>
        </message>
        <message>
            <source>Switch record kind (Ctrl+9: everything)</source>
            <translation>Переключить вид записей (Ctrl+9: все записи)</translation>
        </message>
        <message>
            <source>Copy selected rows (tab-separated, with headers)</source>
            <translation>Копировать выбранные строки (через табуляцию, с заголовками)</translation>
        </message>
        <message>
            <source>Copy the selected record's citation</source>
            <translation>Копировать ссылку на источник выбранной записи</translation>
        </message>
        <message>
            <source>Export filtered records</source>
            <translation>Экспортировать отфильтрованные записи</translation>
        </message>
        <message>
            <source>Clear all filters</source>
            <translation>Сбросить все фильтры</translation>
        </message>
        <message>
            <source>Undo / redo a filter change</source>
            <translation>Отменить / повторить изменение фильтров</translation>
        </message>
        <message>
            <source>Back / forward (also the mouse's side buttons)</source>
            <translation>Назад / вперёд (также боковые кнопки мыши)</translation>
        </message>
        <message>
            <source>Space or Enter</source>
            <translation>Пробел или Enter</translation>
        </message>
        <message>
            <source>Toggle the focused filter value</source>
            <translation>Включить или выключить значение фильтра в фокусе</translation>
        </message>
        <message>
            <source>Pin or unpin the open record</source>
            <translation>Закрепить или открепить открытую запись</translation>
        </message>
        <message>
            <source>Show the Pinboard</source>
            <translation>Показать доску закреплённого</translation>
        </message>
        <message>
            <source>Save this view</source>
            <translation>Сохранить этот вид</translation>
        </message>
        <message>
            <source>Copy a link to this view</source>
            <translation>Копировать ссылку на этот вид</translation>
        </message>
        <message>
            <source>Open a view link</source>
            <translation>Открыть ссылку на вид</translation>
        </message>
        <message>
            <source>This list</source>
            <translation>Этот список</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Выход</translation>
        </message>
        <message>
            <source>Running from source.</source>
            <translation>Запущено из исходного кода.</translation>
        </message>
        <message>
            <source>Build {version} from commit {commit} ({date}) for {platform}.</source>
            <translation>Сборка {version} из коммита {commit} ({date}) для {platform}.</translation>
        </message>
        <message>
            <source>publisher not stated</source>
            <translation>издатель не указан</translation>
        </message>
        <message>
            <source>An offline reference on China–Central Asia Belt and Road cooperation.</source>
            <translation>Автономный справочник по сотрудничеству Китая и Центральной Азии в рамках «Пояса и пути».</translation>
        </message>
        <message>
            <source>Dataset</source>
            <translation>Набор данных</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Licences</source>
            <translation>Лицензии</translation>
        </message>
        <message>
            <source>Built with Qt for Python (PySide6 {version}, LGPLv3), SQLite (public domain), SQLAlchemy (MIT), pandas (BSD), pyqtgraph (MIT) and openpyxl (MIT).</source>
            <translation>Создано с использованием Qt for Python (PySide6 {version}, LGPLv3), SQLite (общественное достояние), SQLAlchemy (MIT), pandas (BSD), pyqtgraph (MIT) и openpyxl (MIT).</translation>
        </message>
        <message>
            <source>About BRI Desktop</source>
            <translation>О программе BRI Desktop</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
    </context>
    <context>
        <name>aiddata</name>
        <message>
            <source>the recipient is outside the five Central Asian countries BRI Desktop covers</source>
            <translation>получатель не входит в пять стран Центральной Азии, охватываемых BRI Desktop</translation>
        </message>
        <message>
            <source>{file} does not have AidData's columns Title and Recipient: import it as a table instead</source>
            <translation>В {file} нет столбцов AidData Title и Recipient: импортируйте его как таблицу</translation>
        </message>
        <message>
            <source>US dollars, from AidData's column {column}</source>
            <translation>доллары США, из столбца AidData {column}</translation>
        </message>
        <message>
            <source>no amount column</source>
            <translation>нет столбца суммы</translation>
        </message>
        <message>
            <source>No amount column (Amount (Constant USD …)) found: records carry no value.</source>
            <translation>Столбец суммы (Amount (Constant USD …)) не найден: записи будут без суммы.</translation>
        </message>
        <message numerus="yes">
            <source>Total %n row(s) left out.</source>
            <translation>
                <numerusform>Пропущена %Ln строка итогов.</numerusform>
                <numerusform>Пропущены %Ln строки итогов.</numerusform>
                <numerusform>Пропущено %Ln строк итогов.</numerusform>
            </translation>
        </message>
        <message>
            <source>is empty: a project needs a recipient</source>
            <translation>не заполнено: у проекта должен быть получатель</translation>
        </message>
        <message>
            <source>Recipients left out, most rows first: {recipients}.</source>
            <translation>Пропущенные получатели (по убыванию числа строк): {recipients}.</translation>
        </message>
        <message>
            <source>is empty: a project needs a title</source>
            <translation>не заполнено: у проекта должно быть название</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>BRI Desktop cannot start:
{error}</source>
            <translation>Не удаётся запустить BRI Desktop:
{error}</translation>
        </message>
        <message>
            <source>Settings not usable, defaults used instead: {keys} (in {file}).</source>
            <translation>Некоторые настройки непригодны, вместо них взяты значения по умолчанию: {keys} (в файле {file}).</translation>
        </message>
        <message>
            <source>Imported collections are not shown: {error}</source>
            <translation>Импортированные коллекции не показаны: {error}</translation>
        </message>
        <message>
            <source>The last action</source>
            <translation>Последнее действие</translation>
        </message>
    </context>
    <context>
        <name>briefing_flow</name>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Документ Word (*.docx)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Документ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
    </context>
    <context>
        <name>briefing_pane</name>
        <message>
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Диаграмма</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Карта</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Таблица</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
        <message>
            <source>Figures compared</source>
            <translation>Сравнение цифр</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Note: {text}</source>
            <translation>Заметка: {text}</translation>
        </message>
        <message>
            <source>Table: {name}</source>
            <translation>Таблица: {name}</translation>
        </message>
        <message>
            <source>{what}: {title}</source>
            <translation>{what}: {title}</translation>
        </message>
    </context>
    <context>
        <name>briefing_render</name>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>{footer} · page {number} of {count}</source>
            <translation>{footer} · стр. {number} из {count}</translation>
        </message>
    </context>
    <context>
        <name>briefings</name>
        <message>
            <source>A briefing needs a name.</source>
            <translation>У записки должно быть название.</translation>
        </message>
        <message numerus="yes">
            <source>A briefing's name has at most %n character(s).</source>
            <translation>
                <numerusform>Название записки может содержать не более %Ln символа.</numerusform>
                <numerusform>Название записки может содержать не более %Ln символов.</numerusform>
                <numerusform>Название записки может содержать не более %Ln символов.</numerusform>
            </translation>
        </message>
        <message>
            <source>Someone else saved the briefing “{name}” meanwhile.</source>
            <translation>Кто-то другой тем временем сохранил записку «{name}».</translation>
        </message>
        <message>
            <source>There is already a briefing called “{name}”.</source>
            <translation>Записка «{name}» уже существует.</translation>
        </message>
    </context>
    <context>
        <name>cgit</name>
        <message>
            <source>the country is outside the five Central Asian countries BRI Desktop covers</source>
            <translation>страна не входит в пять стран Центральной Азии, охватываемых BRI Desktop</translation>
        </message>
        <message>
            <source>is empty: a investment needs its Chinese party</source>
            <translation>не заполнено: у инвестиции должна быть китайская сторона</translation>
        </message>
        <message>
            <source>is empty: a construction contract needs its Chinese party</source>
            <translation>не заполнено: у строительного подряда должна быть китайская сторона</translation>
        </message>
        <message>
            <source>is empty: a troubled transaction needs its Chinese party</source>
            <translation>не заполнено: у проблемной сделки должна быть китайская сторона</translation>
        </message>
        <message>
            <source>is empty: a investment or construction contract needs its Chinese party</source>
            <translation>не заполнено: у инвестиции или строительного подряда должна быть китайская сторона</translation>
        </message>
        <message>
            <source>Sheet {sheets} left out: it repeats Dataset 1 and Dataset 2, which are imported (both would count each deal twice).</source>
            <translation>Лист {sheets} пропущен: он повторяет Dataset 1 и Dataset 2, которые импортируются (иначе каждая сделка учитывалась бы дважды).</translation>
        </message>
        <message>
            <source>is empty: a deal needs a country</source>
            <translation>не заполнено: у сделки должна быть страна</translation>
        </message>
        <message>
            <source>{file}, sheet '{sheet}' does not have CGIT's columns (Investor or Contractor, Quantity in Millions, Country): import it as a table instead</source>
            <translation>В {file}, лист «{sheet}», нет столбцов CGIT (Investor или Contractor, Quantity in Millions, Country): импортируйте его как таблицу</translation>
        </message>
        <message>
            <source>{file} does not have CGIT's columns (Investor or Contractor, Quantity in Millions, Country): import it as a table instead</source>
            <translation>В {file} нет столбцов CGIT (Investor или Contractor, Quantity in Millions, Country): импортируйте его как таблицу</translation>
        </message>
        <message numerus="yes">
            <source>{sheet}: total %n row(s) left out (row {rows}).</source>
            <translation>
                <numerusform>{sheet}: пропущена %Ln строка итогов (№ {rows}).</numerusform>
                <numerusform>{sheet}: пропущены %Ln строки итогов (№ {rows}).</numerusform>
                <numerusform>{sheet}: пропущено %Ln строк итогов (№ {rows}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{sheet}: %n row(s) hidden by a saved filter, imported like the others.</source>
            <translation>
                <numerusform>{sheet}: %Ln строка, скрытая сохранённым фильтром, импортирована наравне с остальными.</numerusform>
                <numerusform>{sheet}: %Ln строки, скрытые сохранённым фильтром, импортированы наравне с остальными.</numerusform>
                <numerusform>{sheet}: %Ln строк, скрытых сохранённым фильтром, импортировано наравне с остальными.</numerusform>
            </translation>
        </message>
        <message>
            <source>{sheet}: amounts such as '1.740' read as 1,740 (the dot separates thousands in every amount of this file).</source>
            <translation>{sheet}: суммы вида «1.740» прочитаны как 1740 (во всех суммах этого файла точка отделяет тысячи).</translation>
        </message>
        <message>
            <source>Countries left out, most rows first: {countries}.</source>
            <translation>Пропущенные страны (по убыванию числа строк): {countries}.</translation>
        </message>
    </context>
    <context>
        <name>chart_panel</name>
        <message numerus="yes">
            <source>{figure} from %n record(s)</source>
            <translation>
                <numerusform>{figure} — %Ln запись</numerusform>
                <numerusform>{figure} — %Ln записи</numerusform>
                <numerusform>{figure} — %Ln записей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of the values are stated with a qualifier (over, about…)</source>
            <translation>
                <numerusform>У %Ln значения есть оговорка (более, около…)</numerusform>
                <numerusform>У %Ln значений есть оговорка (более, около…)</numerusform>
                <numerusform>У %Ln значений есть оговорка (более, около…)</numerusform>
            </translation>
        </message>
        <message>
            <source>Largest:</source>
            <translation>Крупнейшие:</translation>
        </message>
        <message>
            <source>These records state no value for this: sort the table by that column to see them (they come last).</source>
            <translation>В этих записях значение не указано: отсортируйте таблицу по этому столбцу, чтобы увидеть их (они окажутся в конце).</translation>
        </message>
        <message>
            <source>Click to filter to this bar; click again to undo.</source>
            <translation>Щёлкните, чтобы отфильтровать по этому столбцу диаграммы; щёлкните ещё раз, чтобы отменить.</translation>
        </message>
    </context>
    <context>
        <name>charts</name>
        <message>
            <source>Disclosed investment (USD)</source>
            <translation>Раскрытые инвестиции (USD)</translation>
        </message>
        <message>
            <source>Number of agreements</source>
            <translation>Число соглашений</translation>
        </message>
        <message>
            <source>Number of projects</source>
            <translation>Число проектов</translation>
        </message>
        <message>
            <source>by sector</source>
            <translation>по отраслям</translation>
        </message>
        <message>
            <source>by country</source>
            <translation>по странам</translation>
        </message>
        <message>
            <source>by year</source>
            <translation>по годам</translation>
        </message>
        <message>
            <source>by event</source>
            <translation>по событиям</translation>
        </message>
        <message>
            <source>Stack by country</source>
            <translation>Разбивка по странам</translation>
        </message>
        <message>
            <source>Stack by status</source>
            <translation>Разбивка по статусам</translation>
        </message>
        <message>
            <source>Disclosed investment (USD) by sector</source>
            <translation>Раскрытые инвестиции (USD) по отраслям</translation>
        </message>
        <message>
            <source>Disclosed investment (USD) by country</source>
            <translation>Раскрытые инвестиции (USD) по странам</translation>
        </message>
        <message>
            <source>Disclosed investment (USD) by year</source>
            <translation>Раскрытые инвестиции (USD) по годам</translation>
        </message>
        <message>
            <source>Disclosed investment (USD) by event</source>
            <translation>Раскрытые инвестиции (USD) по событиям</translation>
        </message>
        <message>
            <source>Number of agreements by sector</source>
            <translation>Число соглашений по отраслям</translation>
        </message>
        <message>
            <source>Number of agreements by country</source>
            <translation>Число соглашений по странам</translation>
        </message>
        <message>
            <source>Number of agreements by year</source>
            <translation>Число соглашений по годам</translation>
        </message>
        <message>
            <source>Number of agreements by event</source>
            <translation>Число соглашений по событиям</translation>
        </message>
        <message>
            <source>Number of projects by sector</source>
            <translation>Число проектов по отраслям</translation>
        </message>
        <message>
            <source>Number of projects by country</source>
            <translation>Число проектов по странам</translation>
        </message>
        <message>
            <source>Number of projects by year</source>
            <translation>Число проектов по годам</translation>
        </message>
        <message>
            <source>Number of projects by event</source>
            <translation>Число проектов по событиям</translation>
        </message>
        <message>
            <source>Announced package totals, not allocated by sector and not in the bars:</source>
            <translation>Объявленные суммы пакетов, не распределённые по отраслям и не включённые в столбцы:</translation>
        </message>
        <message>
            <source>Announced package totals, not allocated by country and not in the bars:</source>
            <translation>Объявленные суммы пакетов, не распределённые по странам и не включённые в столбцы:</translation>
        </message>
        <message>
            <source>Announced package totals, not allocated by year and not in the bars:</source>
            <translation>Объявленные суммы пакетов, не распределённые по годам и не включённые в столбцы:</translation>
        </message>
        <message>
            <source>Announced package totals, not allocated by event and not in the bars:</source>
            <translation>Объявленные суммы пакетов, не распределённые по событиям и не включённые в столбцы:</translation>
        </message>
        <message>
            <source>No records match the filters with this measure.</source>
            <translation>Для выбранной величины фильтрам не соответствует ни одна запись.</translation>
        </message>
        <message>
            <source>Still counting: {share} of the search's matches so far. Each bar is a floor and grows until the chart is exact.</source>
            <translation>Подсчёт продолжается: пока {share} совпадений поиска. Каждый столбец — нижняя граница и растёт, пока диаграмма не станет точной.</translation>
        </message>
        <message>
            <source>Each collection has its own bar ({collections}): figures from different sources are never added together; the same deal may appear in more than one.</source>
            <translation>У каждой коллекции свой столбец ({collections}): цифры из разных источников никогда не складываются; одна и та же сделка может встречаться в нескольких из них.</translation>
        </message>
        <message numerus="yes">
            <source>{figure} · %n record(s)</source>
            <translation>
                <numerusform>{figure} · %Ln запись</numerusform>
                <numerusform>{figure} · %Ln записи</numerusform>
                <numerusform>{figure} · %Ln записей</numerusform>
            </translation>
        </message>
        <message>
            <source>Each project's investment counts once; an agreement's value counts only when no project it concerns discloses an investment.</source>
            <translation>Инвестиции каждого проекта учитываются один раз; сумма соглашения учитывается, только если ни один связанный с ним проект не раскрывает инвестиции.</translation>
        </message>
        <message>
            <source>Records count in the year of their date, whatever its precision ("Oct 2023" and "2023" both in 2023).</source>
            <translation>Записи учитываются в году своей даты при любой её точности («Oct 2023» и «2023» — обе в 2023 году).</translation>
        </message>
        <message numerus="yes">
            <source>{missing} of %n project(s) disclose no value.</source>
            <translation>
                <numerusform>Сумма не раскрыта у {missing} из %Ln проекта.</numerusform>
                <numerusform>Сумма не раскрыта у {missing} из %Ln проектов.</numerusform>
                <numerusform>Сумма не раскрыта у {missing} из %Ln проектов.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{missing} of %n agreement(s) disclose no value.</source>
            <translation>
                <numerusform>Сумма не раскрыта у {missing} из %Ln соглашения.</numerusform>
                <numerusform>Сумма не раскрыта у {missing} из %Ln соглашений.</numerusform>
                <numerusform>Сумма не раскрыта у {missing} из %Ln соглашений.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n projects with a value are listed but never summed (troubled transactions, and rows their dataset does not recommend for totals).</source>
            <translation>
                <numerusform>%Ln проект с суммой показывается, но никогда не суммируется (проблемные сделки и строки, которые их набор данных не рекомендует учитывать в итогах).</numerusform>
                <numerusform>%Ln проекта с суммой показываются, но никогда не суммируются (проблемные сделки и строки, которые их набор данных не рекомендует учитывать в итогах).</numerusform>
                <numerusform>%Ln проектов с суммой показываются, но никогда не суммируются (проблемные сделки и строки, которые их набор данных не рекомендует учитывать в итогах).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreements with a value are listed but never summed (troubled transactions, and rows their dataset does not recommend for totals).</source>
            <translation>
                <numerusform>%Ln соглашение с суммой показывается, но никогда не суммируется (проблемные сделки и строки, которые их набор данных не рекомендует учитывать в итогах).</numerusform>
                <numerusform>%Ln соглашения с суммой показываются, но никогда не суммируются (проблемные сделки и строки, которые их набор данных не рекомендует учитывать в итогах).</numerusform>
                <numerusform>%Ln соглашений с суммой показываются, но никогда не суммируются (проблемные сделки и строки, которые их набор данных не рекомендует учитывать в итогах).</numerusform>
            </translation>
        </message>
        <message>
            <source>{facet} applies to agreements only: projects are counted whatever their {facet_lower}.</source>
            <translation>Фильтр «{facet}» действует только для соглашений: проекты учитываются при любом значении поля «{facet_lower}».</translation>
        </message>
        <message>
            <source>{facet} applies to projects only: agreements are counted whatever their {facet_lower}.</source>
            <translation>Фильтр «{facet}» действует только для проектов: соглашения учитываются при любом значении поля «{facet_lower}».</translation>
        </message>
        <message>
            <source>{facet} does not apply to projects: the chart ignores it.</source>
            <translation>Фильтр «{facet}» не применяется к проектам: диаграмма его не учитывает.</translation>
        </message>
        <message>
            <source>{facet} does not apply to agreements: the chart ignores it.</source>
            <translation>Фильтр «{facet}» не применяется к соглашениям: диаграмма его не учитывает.</translation>
        </message>
        <message>
            <source>{facet} does not apply to agreements and projects: the chart ignores it.</source>
            <translation>Фильтр «{facet}» не применяется к соглашениям и проектам: диаграмма его не учитывает.</translation>
        </message>
        <message>
            <source>several countries</source>
            <translation>несколько стран</translation>
        </message>
        <message>
            <source>{name} ({country}): {count} items, {total}</source>
            <translation>{name} ({country}): позиций — {count}; {total}</translation>
        </message>
        <message>
            <source>{name} ({country}): {total}</source>
            <translation>{name} ({country}): {total}</translation>
        </message>
        <message>
            <source>{title} · Filters: {filters} · Dataset {version} · Source: BRI Desktop dataset</source>
            <translation>{title} · Фильтры: {filters} · Набор данных {version} · Источник: набор данных BRI Desktop</translation>
        </message>
    </context>
    <context>
        <name>chip_texts</name>
        <message>
            <source>Search: {text}</source>
            <translation>Поиск: {text}</translation>
        </message>
        <message>
            <source>{facet}: {value}</source>
            <translation>{facet}: {value}</translation>
        </message>
        <message>
            <source>Date: {start} – {end}</source>
            <translation>Дата: {start} – {end}</translation>
        </message>
        <message>
            <source>Value: any – {high}</source>
            <translation>Сумма: любая – {high}</translation>
        </message>
        <message>
            <source>Value: {low} – any</source>
            <translation>Сумма: {low} – любая</translation>
        </message>
        <message>
            <source>Value: {low} – {high}</source>
            <translation>Сумма: {low} – {high}</translation>
        </message>
    </context>
    <context>
        <name>combine</name>
        <message>
            <source>Copying the bundled dataset</source>
            <translation>Копирование встроенного набора данных</translation>
        </message>
        <message>
            <source>Adding {name}</source>
            <translation>Добавление {name}</translation>
        </message>
        <message>
            <source>The collection '{name}' is left out: {error}.</source>
            <translation>Коллекция «{name}» пропущена: {error}.</translation>
        </message>
        <message>
            <source>Finding possible matches</source>
            <translation>Поиск возможных совпадений</translation>
        </message>
        <message>
            <source>cannot write the combined dataset {file}: {error}</source>
            <translation>не удаётся записать объединённый набор данных {file}: {error}</translation>
        </message>
        <message>
            <source>Same country ({country}) and sector ({sector}), {organizations} in both, years {first} and {second}.</source>
            <translation>Та же страна ({country}) и отрасль ({sector}), {organizations} в обеих записях, годы {first} и {second}.</translation>
        </message>
        <message>
            <source>Same country ({country}) and sector ({sector}), {organizations} in both, the same year, {first}.</source>
            <translation>Та же страна ({country}) и отрасль ({sector}), {organizations} в обеих записях, тот же год: {first}.</translation>
        </message>
        <message>
            <source>Same country ({country}) and sector ({sector}), {organizations} in both, a year not stated in one of them.</source>
            <translation>Та же страна ({country}) и отрасль ({sector}), {organizations} в обеих записях, в одной из них год не указан.</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation>{first} и {second}</translation>
        </message>
    </context>
    <context>
        <name>common</name>
        <message>
            <source>China Global Investment Tracker (AEI)</source>
            <translation>China Global Investment Tracker (AEI)</translation>
        </message>
        <message>
            <source>AidData Global Chinese Development Finance</source>
            <translation>AidData Global Chinese Development Finance</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Таблица</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) left out: {reason}.</source>
            <translation>
                <numerusform>%Ln строка пропущена: {reason}.</numerusform>
                <numerusform>%Ln строки пропущены: {reason}.</numerusform>
                <numerusform>%Ln строк пропущено: {reason}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>connection</name>
        <message>
            <source>{path} is a folder, not a dataset file: give the .sqlite file in it</source>
            <translation>{path} — папка, а не файл набора данных: укажите файл .sqlite в ней</translation>
        </message>
        <message>
            <source>Dataset not found: {path}</source>
            <translation>Набор данных не найден: {path}</translation>
        </message>
        <message>
            <source>{path} is not a readable SQLite database ({error})</source>
            <translation>{path} не является читаемой базой данных SQLite ({error})</translation>
        </message>
        <message>
            <source>Rebuild it with `bri-desktop data build` (or open the bundled dataset).</source>
            <translation>Пересоберите его командой `bri-desktop data build` (или откройте встроенный набор данных).</translation>
        </message>
        <message>
            <source>{path} is not a BRI Desktop dataset (it has no meta or agreements table).</source>
            <translation>{path} не является набором данных BRI Desktop (в нём нет таблицы meta или agreements).</translation>
        </message>
        <message>
            <source>{path}: its meta table cannot be read ({error}).</source>
            <translation>{path}: не удаётся прочитать таблицу meta ({error}).</translation>
        </message>
        <message>
            <source>{path} was built by a newer BRI Desktop (dataset schema {found}; this version reads schema {version}). Update BRI Desktop to open it.</source>
            <translation>{path} создан более новой версией BRI Desktop (схема набора данных {found}; эта версия читает схему {version}). Чтобы открыть его, обновите BRI Desktop.</translation>
        </message>
        <message>
            <source>{path} was built by an older BRI Desktop (dataset schema {found}; this version reads schema {version}).</source>
            <translation>{path} создан более старой версией BRI Desktop (схема набора данных {found}; эта версия читает схему {version}).</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>неизвестна</translation>
        </message>
        <message>
            <source>{path} lacks tables BRI Desktop needs: {tables}.</source>
            <translation>В {path} нет таблиц, нужных BRI Desktop: {tables}.</translation>
        </message>
        <message>
            <source>{path}: table {table} lacks columns {columns} that BRI Desktop reads.</source>
            <translation>{path}: в таблице {table} нет столбцов {columns}, которые читает BRI Desktop.</translation>
        </message>
    </context>
    <context>
        <name>dates</name>
        <message>
            <source>'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD</source>
            <translation>«{text}» не является датой в формате ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <source>'{text}': year {year} is outside 1900-2100</source>
            <translation>«{text}»: год {year} вне диапазона 1900–2100</translation>
        </message>
        <message>
            <source>'{text}': there is no month {month}</source>
            <translation>«{text}»: месяца {month} не существует</translation>
        </message>
        <message>
            <source>'{text}': {month} has no day {day}</source>
            <translation>«{text}»: в месяце {month} нет дня {day}</translation>
        </message>
        <message>
            <source>{first}–{last} {month}</source>
            <extracomment>Days of one month: {first}, {last} the days; {month} the month and year as they follow a day ("Jun 2025", "июня 2025", "2025年6月"). Chinese: "{month}{first}–{last}日".</extracomment>
            <translation>{first}–{last} {month}</translation>
        </message>
        <message>
            <source>{start} – {end}</source>
            <extracomment>From one date to another: "Oct 2023 – Feb 2024", "12 May 2024 – 3 Jun 2024".</extracomment>
            <translation>{start} – {end}</translation>
        </message>
    </context>
    <context>
        <name>docx_out</name>
        <message>
            <source>{footer} · page {page}</source>
            <extracomment>{page}: the page's number, filled in by Word</extracomment>
            <translation>{footer} · стр. {page}</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Details are in the log: {log}.</source>
            <translation>Подробности в журнале: {log}.</translation>
        </message>
        <message>
            <source>Details are in the log.</source>
            <translation>Подробности в журнале.</translation>
        </message>
        <message>
            <source>{what} could not be read: {error}. The dataset file changed or was damaged while BRI Desktop ran: restart it, or open another dataset.</source>
            <translation>{what}: не удалось прочитать данные ({error}). Файл набора данных был изменён или повреждён во время работы BRI Desktop: перезапустите программу или откройте другой набор данных.</translation>
        </message>
        <message>
            <source>{what} took too long and was stopped: the search or the filters are too broad. Narrow them and try again.</source>
            <translation>{what}: операция выполнялась слишком долго и была остановлена — поиск или фильтры слишком широкие. Сузьте их и повторите попытку.</translation>
        </message>
        <message>
            <source>{what} could not be read: the dataset file does not have the tables or columns this version of BRI Desktop needs. Open a dataset built by this version (bri-desktop data build), or reinstall.</source>
            <translation>{what}: не удалось прочитать данные — в файле набора данных нет таблиц или столбцов, нужных этой версии BRI Desktop. Откройте набор данных, созданный этой версией (bri-desktop data build), или переустановите программу.</translation>
        </message>
        <message>
            <source>{what} could not be read from the dataset file, which may be damaged or changed while the app runs. Restart BRI Desktop; if it happens again, reinstall or rebuild the dataset.</source>
            <translation>{what}: не удалось прочитать данные из файла набора данных — возможно, он повреждён или изменён во время работы программы. Перезапустите BRI Desktop; если ошибка повторится, переустановите программу или пересоберите набор данных.</translation>
        </message>
        <message>
            <source>{what} needs more memory than is free. Narrow the filters and try again.</source>
            <translation>{what}: недостаточно свободной памяти. Сузьте фильтры и повторите попытку.</translation>
        </message>
        <message>
            <source>{what} failed: {reason}.</source>
            <translation>{what}: сбой ({reason}).</translation>
        </message>
        <message>
            <source>{what} failed because of a fault in BRI Desktop.</source>
            <translation>{what}: сбой из-за ошибки в BRI Desktop.</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>{count} {kind}</source>
            <translation>{kind}: {count}</translation>
        </message>
        <message>
            <source>Dataset</source>
            <translation>Набор данных</translation>
        </message>
        <message>
            <source>BRI Desktop dataset {version}</source>
            <translation>Набор данных BRI Desktop {version}</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Записи</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Фильтры</translation>
        </message>
        <message>
            <source>Sorted by</source>
            <translation>Сортировка</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Столбцы</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>BRI Desktop dataset; every record cites its source: an article's words, or the row of an imported file</source>
            <translation>Набор данных BRI Desktop; у каждой записи указан источник: текст статьи или строка импортированного файла</translation>
        </message>
        <message>
            <source>{column} qualifier</source>
            <translation>{column} (оговорка)</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Идентификатор</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>без даты</translation>
        </message>
        <message>
            <source>{written} records were read but the stamp says {count}: the dataset changed while exporting; try again</source>
            <translation>Прочитано записей: {written}, а в сведениях об экспорте указано {count}: набор данных изменился во время экспорта; повторите попытку</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Об экспорте</translation>
        </message>
    </context>
    <context>
        <name>export_flow</name>
        <message>
            <source>CSV, for Excel and analysis tools (*.csv)</source>
            <translation>CSV для Excel и аналитических программ (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>{column}, newest first (as in the table; records without a value last)</source>
            <translation>{column}: сначала новые (как в таблице; записи без значения — в конце)</translation>
        </message>
        <message>
            <source>{column}, oldest first (as in the table; records without a value last)</source>
            <translation>{column}: сначала старые (как в таблице; записи без значения — в конце)</translation>
        </message>
        <message>
            <source>{column}, largest first (as in the table; records without a value last)</source>
            <translation>{column}: сначала наибольшие (как в таблице; записи без значения — в конце)</translation>
        </message>
        <message>
            <source>{column}, smallest first (as in the table; records without a value last)</source>
            <translation>{column}: сначала наименьшие (как в таблице; записи без значения — в конце)</translation>
        </message>
        <message>
            <source>{column}, Z to A (as in the table; records without a value last)</source>
            <translation>{column}: в обратном алфавитном порядке (как в таблице; записи без значения — в конце)</translation>
        </message>
        <message>
            <source>{column}, A to Z (as in the table; records without a value last)</source>
            <translation>{column}: по алфавиту (как в таблице; записи без значения — в конце)</translation>
        </message>
        <message>
            <source>Export filtered records</source>
            <translation>Экспорт отфильтрованных записей</translation>
        </message>
        <message>
            <source>as shown in the table: {columns}, then Id and Sources</source>
            <translation>как в таблице: {columns}, затем «Идентификатор» и «Источники»</translation>
        </message>
        <message>
            <source>Exporting {records}…</source>
            <translation>Экспорт: {records}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>Exported {records} to {file}</source>
            <translation>Экспортировано {records} в {file}</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Ошибка экспорта</translation>
        </message>
        <message>
            <source>Could not write {file}:
{reason}

Nothing was written.</source>
            <translation>Не удалось записать {file}:
{reason}

Ничего не записано.</translation>
        </message>
        <message>
            <source>Export cancelled; {file} was not written.</source>
            <translation>Экспорт отменён; файл {file} не записан.</translation>
        </message>
    </context>
    <context>
        <name>figures</name>
        <message>
            <source>▶ the figure is a floor (over, more than, at least)</source>
            <translation>▶ цифра — нижняя граница (более, свыше, не менее)</translation>
        </message>
        <message>
            <source>◀ the figure is a ceiling (nearly, up to)</source>
            <translation>◀ цифра — верхняя граница (почти, до)</translation>
        </message>
        <message>
            <source>○ approximate (about)</source>
            <translation>○ приблизительно (около)</translation>
        </message>
        <message>
            <source>● stated plainly</source>
            <translation>● без оговорок</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Цифра</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Охват</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <source>{measure}: the figures different sources give, side by side, none reconciled: {figures}.</source>
            <translation>{measure}: цифры из разных источников, рядом друг с другом, без сверки: {figures}.</translation>
        </message>
        <message numerus="yes">
            <source>%n of them hidden by the filters (faded).</source>
            <translation>
                <numerusform>%Ln из них скрыта фильтрами (показана бледнее).</numerusform>
                <numerusform>%Ln из них скрыты фильтрами (показаны бледнее).</numerusform>
                <numerusform>%Ln из них скрыто фильтрами (показаны бледнее).</numerusform>
            </translation>
        </message>
        <message>
            <source>Filters: {filters}. Dataset {version}.</source>
            <translation>Фильтры: {filters}. Набор данных {version}.</translation>
        </message>
    </context>
    <context>
        <name>figures_chart</name>
        <message>
            <source>BRI Desktop figures compared</source>
            <translation>BRI Desktop: сравнение цифр</translation>
        </message>
    </context>
    <context>
        <name>figures_panel</name>
        <message numerus="yes">
            <source>{measure} ({kept} of %n figure(s) match the filters)</source>
            <translation>
                <numerusform>{measure} (соответствуют фильтрам: {kept} из %Ln)</numerusform>
                <numerusform>{measure} (соответствуют фильтрам: {kept} из %Ln)</numerusform>
                <numerusform>{measure} (соответствуют фильтрам: {kept} из %Ln)</numerusform>
            </translation>
        </message>
        <message>
            <source>value</source>
            <comment>the value range of a filter</comment>
            <translation>сумма</translation>
        </message>
        <message>
            <source>date</source>
            <comment>the date range of a filter</comment>
            <translation>дата</translation>
        </message>
    </context>
    <context>
        <name>file_choice</name>
        <message>
            <source>Replace file?</source>
            <translation>Заменить файл?</translation>
        </message>
        <message>
            <source>{file} already exists. Replace it?</source>
            <translation>Файл {file} уже существует. Заменить его?</translation>
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
        <message>
            <source>search = "{text}"</source>
            <translation>поиск = «{text}»</translation>
        </message>
        <message>
            <source>{facet} = {values}</source>
            <translation>{facet} = {values}</translation>
        </message>
        <message>
            <source> or </source>
            <translation> или </translation>
        </message>
        <message>
            <source>any</source>
            <translation>любая</translation>
        </message>
        <message>
            <source>value {low} to {high}</source>
            <translation>сумма от {low} до {high}</translation>
        </message>
        <message>
            <source>date {start} to {end}</source>
            <translation>дата с {start} по {end}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
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
        <message numerus="yes">
            <source>… (%n more character(s); exports hold them all)</source>
            <translation>
                <numerusform>… (ещё %Ln символ; в экспорте текст полностью)</numerusform>
                <numerusform>… (ещё %Ln символа; в экспорте текст полностью)</numerusform>
                <numerusform>… (ещё %Ln символов; в экспорте текст полностью)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>geo</name>
        <message>
            <source>city</source>
            <translation>город</translation>
        </message>
        <message>
            <source>border crossing</source>
            <translation>погранпереход</translation>
        </message>
        <message>
            <source>station</source>
            <translation>станция</translation>
        </message>
        <message>
            <source>port</source>
            <translation>порт</translation>
        </message>
        <message>
            <source>dry port</source>
            <translation>сухой порт</translation>
        </message>
        <message>
            <source>field</source>
            <translation>месторождение</translation>
        </message>
        <message>
            <source>region</source>
            <translation>регион</translation>
        </message>
        <message>
            <source>Russia</source>
            <translation>Россия</translation>
        </message>
        <message>
            <source>Azerbaijan</source>
            <translation>Азербайджан</translation>
        </message>
        <message>
            <source>Georgia</source>
            <translation>Грузия</translation>
        </message>
        <message>
            <source>Afghanistan</source>
            <translation>Афганистан</translation>
        </message>
        <message>
            <source>Iran</source>
            <translation>Иран</translation>
        </message>
        <message>
            <source>Mongolia</source>
            <translation>Монголия</translation>
        </message>
        <message>
            <source>Pakistan</source>
            <translation>Пакистан</translation>
        </message>
        <message>
            <source>capacity ×{times}</source>
            <translation>мощность ×{times}</translation>
        </message>
        <message>
            <source>Caspian Sea</source>
            <translation>Каспийское море</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <source>clear all filters</source>
            <translation>сброс всех фильтров</translation>
        </message>
        <message>
            <source>search “{text}”</source>
            <translation>поиск «{text}»</translation>
        </message>
        <message>
            <source>clear the search</source>
            <translation>сброс поиска</translation>
        </message>
        <message>
            <source>add {facet}: {value}</source>
            <translation>добавление фильтра {facet}: {value}</translation>
        </message>
        <message>
            <source>remove {facet}: {value}</source>
            <translation>снятие фильтра {facet}: {value}</translation>
        </message>
        <message>
            <source>change the value range</source>
            <translation>изменение диапазона сумм</translation>
        </message>
        <message>
            <source>change the date range</source>
            <translation>изменение диапазона дат</translation>
        </message>
        <message>
            <source>change filters</source>
            <translation>изменение фильтров</translation>
        </message>
        <message numerus="yes">
            <source>{change} and %n more</source>
            <translation>
                <numerusform>{change} и ещё %Ln изменение</numerusform>
                <numerusform>{change} и ещё %Ln изменения</numerusform>
                <numerusform>{change} и ещё %Ln изменений</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>image_export</name>
        <message>
            <source>Chart copied to the clipboard.</source>
            <translation>Диаграмма скопирована в буфер обмена.</translation>
        </message>
        <message>
            <source>Corridor map copied to the clipboard.</source>
            <translation>Карта коридоров скопирована в буфер обмена.</translation>
        </message>
        <message>
            <source>Timeline copied to the clipboard.</source>
            <translation>Хронология скопирована в буфер обмена.</translation>
        </message>
        <message>
            <source>Figures copied to the clipboard.</source>
            <translation>Цифры скопированы в буфер обмена.</translation>
        </message>
        <message>
            <source>Chart written to {file}</source>
            <translation>Диаграмма сохранена в {file}</translation>
        </message>
        <message>
            <source>Corridor map written to {file}</source>
            <translation>Карта коридоров сохранена в {file}</translation>
        </message>
        <message>
            <source>Timeline written to {file}</source>
            <translation>Хронология сохранена в {file}</translation>
        </message>
        <message>
            <source>Figures written to {file}</source>
            <translation>Цифры сохранены в {file}</translation>
        </message>
        <message>
            <source>Export chart as {format}</source>
            <translation>Экспорт диаграммы в {format}</translation>
        </message>
        <message>
            <source>Export corridor map as {format}</source>
            <translation>Экспорт карты коридоров в {format}</translation>
        </message>
        <message>
            <source>Export timeline as {format}</source>
            <translation>Экспорт хронологии в {format}</translation>
        </message>
        <message>
            <source>Export figures as {format}</source>
            <translation>Экспорт цифр в {format}</translation>
        </message>
        <message>
            <source>could not write {file}</source>
            <translation>не удалось записать {file}</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Изображение PNG (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>Рисунок SVG (*.svg)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Ошибка экспорта</translation>
        </message>
        <message>
            <source>{file} cannot be written: {reason}. Nothing was written.</source>
            <translation>Не удаётся записать {file}: {reason}. Ничего не записано.</translation>
        </message>
    </context>
    <context>
        <name>items</name>
        <message>
            <source>The workspace is busy: another BRI Desktop window is saving to it. Try again in a moment; nothing was lost.</source>
            <translation>Рабочее пространство занято: в него сохраняет данные другое окно BRI Desktop. Повторите попытку через несколько секунд; ничего не потеряно.</translation>
        </message>
        <message>
            <source>The disk is full: the change was not saved. Free some space and try again.</source>
            <translation>Диск заполнен: изменение не сохранено. Освободите место и повторите попытку.</translation>
        </message>
        <message>
            <source>The workspace cannot be written (read-only): the change was not saved.</source>
            <translation>Рабочее пространство недоступно для записи (только чтение): изменение не сохранено.</translation>
        </message>
        <message>
            <source>The change could not be saved: {error}.</source>
            <translation>Не удалось сохранить изменение: {error}.</translation>
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
        <message numerus="yes">
            <source>{matched} of %n agreement(s)</source>
            <translation>
                <numerusform>{matched} из %Ln соглашения</numerusform>
                <numerusform>{matched} из %Ln соглашений</numerusform>
                <numerusform>{matched} из %Ln соглашений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{matched} of %n project(s)</source>
            <translation>
                <numerusform>{matched} из %Ln проекта</numerusform>
                <numerusform>{matched} из %Ln проектов</numerusform>
                <numerusform>{matched} из %Ln проектов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{matched} of %n package(s)</source>
            <translation>
                <numerusform>{matched} из %Ln пакета</numerusform>
                <numerusform>{matched} из %Ln пакетов</numerusform>
                <numerusform>{matched} из %Ln пакетов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{matched} of %n corridor(s)</source>
            <translation>
                <numerusform>{matched} из %Ln коридора</numerusform>
                <numerusform>{matched} из %Ln коридоров</numerusform>
                <numerusform>{matched} из %Ln коридоров</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{matched} of %n indicator(s)</source>
            <translation>
                <numerusform>{matched} из %Ln показателя</numerusform>
                <numerusform>{matched} из %Ln показателей</numerusform>
                <numerusform>{matched} из %Ln показателей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{matched} of %n organization(s)</source>
            <translation>
                <numerusform>{matched} из %Ln организации</numerusform>
                <numerusform>{matched} из %Ln организаций</numerusform>
                <numerusform>{matched} из %Ln организаций</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{matched} of %n event(s)</source>
            <translation>
                <numerusform>{matched} из %Ln события</numerusform>
                <numerusform>{matched} из %Ln событий</numerusform>
                <numerusform>{matched} из %Ln событий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{matched} of %n source(s)</source>
            <translation>
                <numerusform>{matched} из %Ln источника</numerusform>
                <numerusform>{matched} из %Ln источников</numerusform>
                <numerusform>{matched} из %Ln источников</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{matched} of %n record(s)</source>
            <translation>
                <numerusform>{matched} из %Ln записи</numerusform>
                <numerusform>{matched} из %Ln записей</numerusform>
                <numerusform>{matched} из %Ln записей</numerusform>
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
        <name>kinds: indicator</name>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
    </context>
    <context>
        <name>menus</name>
        <message>
            <source>&amp;Export filtered records…</source>
            <translation>&amp;Экспорт отфильтрованных записей…</translation>
        </message>
        <message>
            <source>Import &amp;dataset (CGIT, AidData, a table)…</source>
            <translation>Импорт &amp;набора данных (CGIT, AidData, таблица)…</translation>
        </message>
        <message>
            <source>&amp;Manage collections…</source>
            <translation>&amp;Управление коллекциями…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Вы&amp;ход</translation>
        </message>
        <message>
            <source>Export briefing as &amp;Word…</source>
            <translation>Экспорт записки &amp;в Word…</translation>
        </message>
        <message>
            <source>Export briefing as PD&amp;F…</source>
            <translation>Экспор&amp;т записки в PDF…</translation>
        </message>
        <message>
            <source>Export briefing as Mar&amp;kdown…</source>
            <translation>Экспорт запис&amp;ки в Markdown…</translation>
        </message>
        <message>
            <source>&amp;Print briefing…</source>
            <translation>&amp;Печать записки…</translation>
        </message>
        <message>
            <source>&amp;Copy selected rows</source>
            <translation>&amp;Копировать выделенные строки</translation>
        </message>
        <message>
            <source>Copy c&amp;itation</source>
            <translation>Копировать ссылку на ис&amp;точник</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Найти…</translation>
        </message>
        <message>
            <source>C&amp;lear all filters</source>
            <translation>&amp;Сбросить все фильтры</translation>
        </message>
        <message>
            <source>&amp;Reset columns</source>
            <translation>Столбцы по &amp;умолчанию</translation>
        </message>
        <message>
            <source>&amp;About BRI Desktop</source>
            <translation>&amp;О программе BRI Desktop</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Назад</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Вперёд</translation>
        </message>
        <message>
            <source>&amp;Pin this record</source>
            <translation>&amp;Закрепить запись</translation>
        </message>
        <message>
            <source>Pin the c&amp;hart</source>
            <translation>Закрепить &amp;диаграмму</translation>
        </message>
        <message>
            <source>Pin the &amp;map view</source>
            <translation>Закрепить вид карт&amp;ы</translation>
        </message>
        <message>
            <source>Pin the tim&amp;eline</source>
            <translation>Закрепить &amp;хронологию</translation>
        </message>
        <message>
            <source>Pin the fi&amp;gures compared</source>
            <translation>Закрепить сравнение &amp;цифр</translation>
        </message>
        <message>
            <source>Rename or merge a &amp;tag…</source>
            <translation>Переименовать или объединить &amp;метку…</translation>
        </message>
        <message>
            <source>&amp;Save this view…</source>
            <translation>&amp;Сохранить этот вид…</translation>
        </message>
        <message>
            <source>&amp;Manage saved views…</source>
            <translation>&amp;Управление сохранёнными видами…</translation>
        </message>
        <message>
            <source>Copy a &amp;link to this view</source>
            <translation>Копировать сс&amp;ылку на этот вид</translation>
        </message>
        <message>
            <source>Open &amp;link…</source>
            <translation>&amp;Открыть ссылку…</translation>
        </message>
        <message>
            <source>Export w&amp;orkspace…</source>
            <translation>Экспорт &amp;рабочего пространства…</translation>
        </message>
        <message>
            <source>&amp;Import workspace…</source>
            <translation>&amp;Импорт рабочего пространства…</translation>
        </message>
        <message>
            <source>&amp;Pinboard</source>
            <translation>&amp;Доска закреплённого</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Columns</source>
            <translation>&amp;Столбцы</translation>
        </message>
        <message>
            <source>Saved &amp;views</source>
            <translation>Сохранённые &amp;виды</translation>
        </message>
        <message>
            <source>&amp;Briefing</source>
            <translation>&amp;Записка</translation>
        </message>
        <message>
            <source>Reopen the last view at start</source>
            <translation>Открывать последний вид при запуске</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>Пере&amp;ход</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Тема</translation>
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
        <message>
            <source>'{text}' is not an amount: use a number with k, m or bn, e.g. 500m or 1.5bn</source>
            <translation>«{text}» — не сумма: введите число, можно с «тыс.», «млн» или «млрд», например 500 млн или 1,5 млрд</translation>
        </message>
        <message>
            <source>'{text}': an amount cannot be negative</source>
            <translation>«{text}»: сумма не может быть отрицательной</translation>
        </message>
        <message>
            <source>'{text}' is more than any amount in the records (at most {most})</source>
            <translation>«{text}» больше любой суммы в записях (не более {most})</translation>
        </message>
    </context>
    <context>
        <name>prepare</name>
        <message>
            <source>table</source>
            <translation>таблица</translation>
        </message>
        <message>
            <source>{name} (imported)</source>
            <translation>{name} (импорт)</translation>
        </message>
        <message>
            <source>unknown format '{format}' (use one of: {formats})</source>
            <translation>неизвестный формат «{format}» (допустимы: {formats})</translation>
        </message>
        <message>
            <source>US dollars, from CGIT's column Quantity in Millions (USD millions)</source>
            <translation>доллары США, из столбца CGIT Quantity in Millions (млн долл. США)</translation>
        </message>
        <message>
            <source>Read as {encoding}, cells separated by semicolons.</source>
            <translation>Прочитано в кодировке {encoding}, разделитель ячеек — точка с запятой.</translation>
        </message>
        <message>
            <source>Read as {encoding}, cells separated by tabs.</source>
            <translation>Прочитано в кодировке {encoding}, разделитель ячеек — табуляция.</translation>
        </message>
        <message>
            <source>Read as {encoding}, cells separated by commas.</source>
            <translation>Прочитано в кодировке {encoding}, разделитель ячеек — запятая.</translation>
        </message>
    </context>
    <context>
        <name>queries</name>
        <message>
            <source>has a note</source>
            <translation>есть заметка</translation>
        </message>
        <message>
            <source>Has a note</source>
            <translation>Есть заметка</translation>
        </message>
    </context>
    <context>
        <name>read</name>
        <message>
            <source>UTF-8</source>
            <translation>UTF-8</translation>
        </message>
        <message>
            <source>UTF-8 with BOM</source>
            <translation>UTF-8 с BOM</translation>
        </message>
        <message>
            <source>Windows-1252</source>
            <translation>Windows-1252</translation>
        </message>
        <message>
            <source>UTF-16</source>
            <translation>UTF-16</translation>
        </message>
        <message>
            <source>UTF-16 LE</source>
            <translation>UTF-16 LE</translation>
        </message>
        <message>
            <source>UTF-16 BE</source>
            <translation>UTF-16 BE</translation>
        </message>
        <message>
            <source>Latin-1 (ISO 8859-1)</source>
            <translation>Latin-1 (ISO 8859-1)</translation>
        </message>
        <message>
            <source>{file} is a PNG image, not a table: choose a CSV or XLSX file</source>
            <translation>{file} — изображение PNG, а не таблица: выберите файл CSV или XLSX</translation>
        </message>
        <message>
            <source>{file} is a SQLite database, not a table: choose a CSV or XLSX file</source>
            <translation>{file} — база данных SQLite, а не таблица: выберите файл CSV или XLSX</translation>
        </message>
        <message>
            <source>{file} is a PDF document, not a table: choose a CSV or XLSX file</source>
            <translation>{file} — документ PDF, а не таблица: выберите файл CSV или XLSX</translation>
        </message>
        <message>
            <source>{file} is a JPEG image, not a table: choose a CSV or XLSX file</source>
            <translation>{file} — изображение JPEG, а не таблица: выберите файл CSV или XLSX</translation>
        </message>
        <message>
            <source>{file} is a GIF image, not a table: choose a CSV or XLSX file</source>
            <translation>{file} — изображение GIF, а не таблица: выберите файл CSV или XLSX</translation>
        </message>
        <message>
            <source>{file} is a gzip archive, not a table: choose a CSV or XLSX file</source>
            <translation>{file} — архив gzip, а не таблица: выберите файл CSV или XLSX</translation>
        </message>
        <message>
            <source>{file} is a 7-Zip archive, not a table: choose a CSV or XLSX file</source>
            <translation>{file} — архив 7-Zip, а не таблица: выберите файл CSV или XLSX</translation>
        </message>
        <message>
            <source>{file} is a RAR archive, not a table: choose a CSV or XLSX file</source>
            <translation>{file} — архив RAR, а не таблица: выберите файл CSV или XLSX</translation>
        </message>
        <message>
            <source>{file} is a program, not a table: choose a CSV or XLSX file</source>
            <translation>{file} — программа, а не таблица: выберите файл CSV или XLSX</translation>
        </message>
        <message>
            <source>{path} is a folder: choose a CSV or XLSX file</source>
            <translation>{path} — папка: выберите файл CSV или XLSX</translation>
        </message>
        <message>
            <source>cannot read {path}: {error}</source>
            <translation>не удаётся прочитать {path}: {error}</translation>
        </message>
        <message>
            <source>{file} is empty</source>
            <translation>{file} пуст</translation>
        </message>
        <message>
            <source>{file} is {size} MB: larger than any dataset release (at most {limit} MB)</source>
            <translation>Размер {file} — {size} МБ: это больше любого выпуска набора данных (не более {limit} МБ)</translation>
        </message>
        <message>
            <source>{file} is an old Excel file (.xls): open it in a spreadsheet program and save it as .xlsx or .csv, then import that</source>
            <translation>{file} — файл старого формата Excel (.xls): откройте его в табличном редакторе, сохраните как .xlsx или .csv и импортируйте полученный файл</translation>
        </message>
        <message>
            <source>{file} is named as an Excel workbook but is not one (an .xlsx file is a zip archive): open it in a spreadsheet program and save it again</source>
            <translation>{file} назван как книга Excel, но не является ею (файл .xlsx — это zip-архив): откройте его в табличном редакторе и сохраните заново</translation>
        </message>
        <message>
            <source>{file}, line {line}: {error}</source>
            <translation>{file}, строка {line}: {error}</translation>
        </message>
        <message>
            <source>unknown encoding '{encoding}' (use one of: {encodings})</source>
            <translation>неизвестная кодировка «{encoding}» (допустимы: {encodings})</translation>
        </message>
        <message>
            <source>{file} cannot be read as {encoding}: byte {byte} on line {line} is not valid there. Choose another encoding.</source>
            <translation>Не удаётся прочитать {file} в кодировке {encoding}: байт {byte} в строке {line} в ней недопустим. Выберите другую кодировку.</translation>
        </message>
        <message>
            <source>{file} cannot be read as {encoding} ({error}). Choose another encoding.</source>
            <translation>Не удаётся прочитать {file} в кодировке {encoding} ({error}). Выберите другую кодировку.</translation>
        </message>
        <message>
            <source>{file} holds zero bytes as {encoding}: it is not a text table in that encoding (is it UTF-16?)</source>
            <translation>В {file} при чтении в кодировке {encoding} встречаются нулевые байты: это не текстовая таблица в этой кодировке (может быть, UTF-16?)</translation>
        </message>
        <message>
            <source>{file} is not a readable XLSX workbook ({error})</source>
            <translation>{file} не является читаемой книгой XLSX ({error})</translation>
        </message>
        <message>
            <source>{file}: the sheet '{sheet}' cannot be read ({error})</source>
            <translation>{file}: не удаётся прочитать лист «{sheet}» ({error})</translation>
        </message>
        <message>
            <source>{file} has no sheet with any cells</source>
            <translation>В {file} нет ни одного непустого листа</translation>
        </message>
        <message>
            <source>no header row found in the first rows: a header is a row of column names above the data</source>
            <translation>в первых строках не найдена строка заголовков — строка с названиями столбцов над данными</translation>
        </message>
        <message>
            <source>{file}, sheet '{sheet}'</source>
            <translation>{file}, лист «{sheet}»</translation>
        </message>
        <message numerus="yes">
            <source>{label} has no row {row} (it has %n row(s))</source>
            <translation>
                <numerusform>{label}: нет строки {row} (всего %Ln строка)</numerusform>
                <numerusform>{label}: нет строки {row} (всего %Ln строки)</numerusform>
                <numerusform>{label}: нет строки {row} (всего %Ln строк)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>record_flow</name>
        <message>
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
    </context>
    <context>
        <name>record_text</name>
        <message>
            <source>Agreement</source>
            <translation>Соглашение</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Проект</translation>
        </message>
        <message>
            <source>Package</source>
            <translation>Пакет</translation>
        </message>
        <message>
            <source>Corridor</source>
            <translation>Коридор</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Событие</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>CGIT lists it among troubled transactions (deals that failed or were cancelled): kept apart, never added to investment totals.</source>
            <translation>CGIT относит эту сделку к проблемным (сорвавшимся или отменённым): она учитывается отдельно и никогда не включается в суммы инвестиций.</translation>
        </message>
        <message>
            <source>AidData does not recommend this row for aggregates (an umbrella agreement, a pledge, or finance counted in another row): listed and counted, never summed.</source>
            <translation>AidData не рекомендует учитывать эту строку в агрегатах (рамочное соглашение, обещание финансирования или средства, учтённые в другой строке): показывается и учитывается в количестве, но не суммируется.</translation>
        </message>
        <message>
            <source>Document type</source>
            <translation>Тип документа</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Страны</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
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
            <source>Investment</source>
            <translation>Инвестиции</translation>
        </message>
        <message>
            <source>Announced total</source>
            <translation>Объявленная сумма</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Количество</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Мощность</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Протяжённость</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Полное название</translation>
        </message>
        <message>
            <source>Located in</source>
            <translation>Местонахождение</translation>
        </message>
        <message>
            <source>Date note</source>
            <translation>Примечание к дате</translation>
        </message>
        <message>
            <source>Status note</source>
            <translation>Примечание к статусу</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Маршрут</translation>
        </message>
        <message>
            <source>Capacity note</source>
            <translation>Примечание к мощности</translation>
        </message>
        <message>
            <source>Investment note</source>
            <translation>Примечание к инвестициям</translation>
        </message>
        <message>
            <source>Identification</source>
            <translation>Идентификация</translation>
        </message>
        <message>
            <source>Start year</source>
            <translation>Год начала</translation>
        </message>
        <message>
            <source>Completion year</source>
            <translation>Год завершения</translation>
        </message>
        <message>
            <source>Subsector</source>
            <translation>Подотрасль</translation>
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
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Город</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Вид транспорта</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Охват</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Место</translation>
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
        <message>
            <source>party</source>
            <translation>сторона</translation>
        </message>
        <message>
            <source>signatory</source>
            <translation>подписант</translation>
        </message>
        <message>
            <source>lender</source>
            <translation>кредитор</translation>
        </message>
        <message>
            <source>borrower</source>
            <translation>заёмщик</translation>
        </message>
        <message>
            <source>buyer</source>
            <translation>покупатель</translation>
        </message>
        <message>
            <source>seller</source>
            <translation>продавец</translation>
        </message>
        <message>
            <source>supplier</source>
            <translation>поставщик</translation>
        </message>
        <message>
            <source>distributor</source>
            <translation>дистрибьютор</translation>
        </message>
        <message>
            <source>investor</source>
            <translation>инвестор</translation>
        </message>
        <message>
            <source>operator</source>
            <translation>оператор</translation>
        </message>
        <message>
            <source>contractor</source>
            <translation>подрядчик</translation>
        </message>
        <message>
            <source>partner</source>
            <translation>партнёр</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>владелец</translation>
        </message>
        <message>
            <source>financier</source>
            <translation>финансирующая сторона</translation>
        </message>
        <message>
            <source>guarantor</source>
            <translation>гарант</translation>
        </message>
        <message>
            <source>brand</source>
            <translation>марка</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Цифра</translation>
        </message>
        <message>
            <source>Parent</source>
            <translation>Входит в</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>Источник данных</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>Ответвление</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>В составе</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Сторона</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Партнёр</translation>
        </message>
        <message>
            <source>Brand made by</source>
            <translation>Марку выпускает</translation>
        </message>
        <message>
            <source>Source of figure</source>
            <translation>Источник цифры</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more agreement(s)</source>
            <translation>
                <numerusform>… и ещё %Ln соглашение</numerusform>
                <numerusform>… и ещё %Ln соглашения</numerusform>
                <numerusform>… и ещё %Ln соглашений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more project(s)</source>
            <translation>
                <numerusform>… и ещё %Ln проект</numerusform>
                <numerusform>… и ещё %Ln проекта</numerusform>
                <numerusform>… и ещё %Ln проектов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more package(s)</source>
            <translation>
                <numerusform>… и ещё %Ln пакет</numerusform>
                <numerusform>… и ещё %Ln пакета</numerusform>
                <numerusform>… и ещё %Ln пакетов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more corridor(s)</source>
            <translation>
                <numerusform>… и ещё %Ln коридор</numerusform>
                <numerusform>… и ещё %Ln коридора</numerusform>
                <numerusform>… и ещё %Ln коридоров</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more indicator(s)</source>
            <translation>
                <numerusform>… и ещё %Ln показатель</numerusform>
                <numerusform>… и ещё %Ln показателя</numerusform>
                <numerusform>… и ещё %Ln показателей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more organization(s)</source>
            <translation>
                <numerusform>… и ещё %Ln организация</numerusform>
                <numerusform>… и ещё %Ln организации</numerusform>
                <numerusform>… и ещё %Ln организаций</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more event(s)</source>
            <translation>
                <numerusform>… и ещё %Ln событие</numerusform>
                <numerusform>… и ещё %Ln события</numerusform>
                <numerusform>… и ещё %Ln событий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more source(s)</source>
            <translation>
                <numerusform>… и ещё %Ln источник</numerusform>
                <numerusform>… и ещё %Ln источника</numerusform>
                <numerusform>… и ещё %Ln источников</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more record(s)</source>
            <translation>
                <numerusform>… и ещё %Ln запись</numerusform>
                <numerusform>… и ещё %Ln записи</numerusform>
                <numerusform>… и ещё %Ln записей</numerusform>
            </translation>
        </message>
        <message>
            <source>{kind} · id {id}</source>
            <translation>{kind} · ID {id}</translation>
        </message>
        <message>
            <source>binding document</source>
            <translation>обязывающий документ</translation>
        </message>
        <message>
            <source>non-binding (not a commitment)</source>
            <translation>необязывающий (не является обязательством)</translation>
        </message>
        <message>
            <source>imported: {collection}</source>
            <translation>импорт: {collection}</translation>
        </message>
        <message>
            <source>&lt;a href='{link}'&gt;Open the article&lt;/a&gt;: its text, every passage the records quote highlighted</source>
            <translation>&lt;a href='{link}'&gt;Открыть статью&lt;/a&gt;: её текст с выделенными фрагментами, которые цитируются в записях</translation>
        </message>
        <message>
            <source>Listed and counted, never summed.</source>
            <translation>Показывается и учитывается в количестве, но не суммируется.</translation>
        </message>
        <message>
            <source>Not in any total.</source>
            <translation>Не входит ни в одну сумму.</translation>
        </message>
        <message>
            <source>Map position</source>
            <translation>Положение на карте</translation>
        </message>
        <message>
            <source>{lat}, {lon} (approximate, placed by the curator)</source>
            <translation>{lat}, {lon} (приблизительно, указано составителем)</translation>
        </message>
        <message>
            <source>Also known as</source>
            <translation>Другие названия</translation>
        </message>
        <message>
            <source>Also searchable as (added by the curator; no article spells it so)</source>
            <translation>Также находится по запросам (добавлено составителем; в статьях такого написания нет)</translation>
        </message>
        <message>
            <source>Linked records</source>
            <translation>Связанные записи</translation>
        </message>
        <message>
            <source>Parties and brands</source>
            <translation>Стороны и марки</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Стороны</translation>
        </message>
        <message>
            <source>Partners and brands</source>
            <translation>Партнёры и марки</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Партнёры</translation>
        </message>
        <message>
            <source>details</source>
            <translation>сведения</translation>
        </message>
        <message>
            <source>Components (announced, not allocated to deals)</source>
            <translation>Составляющие (объявлены, не распределены по сделкам)</translation>
        </message>
        <message>
            <source>placed by the curator; the articles do not name it as a point of this route</source>
            <translation>указано составителем; в статьях это место не названо пунктом данного маршрута</translation>
        </message>
        <message>
            <source>Route (approximate positions)</source>
            <translation>Маршрут (приблизительное расположение)</translation>
        </message>
        <message>
            <source>Figures by period (each with its source)</source>
            <translation>Цифры по периодам (каждая со своим источником)</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>без даты</translation>
        </message>
        <message>
            <source>Show in article</source>
            <translation>Показать в статье</translation>
        </message>
        <message>
            <source>The dataset's own sources</source>
            <translation>Собственные источники набора данных</translation>
        </message>
        <message>
            <source>Figures for this measure: {measure}</source>
            <translation>Цифры по этой величине: {measure}</translation>
        </message>
        <message numerus="yes">
            <source>&lt;a href='{link}'&gt;%n other figure(s) for this measure&lt;/a&gt;, side by side with this one (each from its source; not reconciled)</source>
            <translation>
                <numerusform>&lt;a href='{link}'&gt;Ещё %Ln цифра по этой величине&lt;/a&gt; — рядом с этой (каждая из своего источника; не согласованы)</numerusform>
                <numerusform>&lt;a href='{link}'&gt;Ещё %Ln цифры по этой величине&lt;/a&gt; — рядом с этой (каждая из своего источника; не согласованы)</numerusform>
                <numerusform>&lt;a href='{link}'&gt;Ещё %Ln цифр по этой величине&lt;/a&gt; — рядом с этой (каждая из своего источника; не согласованы)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>…и ещё %Ln</numerusform>
                <numerusform>…и ещё %Ln</numerusform>
                <numerusform>…и ещё %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>({kind}, curated)</source>
            <translation>({kind}, из статей)</translation>
        </message>
        <message>
            <source>({kind}, imported)</source>
            <translation>({kind}, импорт)</translation>
        </message>
        <message>
            <source>Possibly the same as</source>
            <translation>Возможно, то же самое, что</translation>
        </message>
        <message>
            <source>A suggestion from matching fields; the records are kept apart and never merged or added together.</source>
            <translation>Предположение на основе совпадающих полей; записи хранятся раздельно и никогда не объединяются и не суммируются.</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Коллекция</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Дата импорта</translation>
        </message>
        <message>
            <source>Importer version</source>
            <translation>Версия модуля импорта</translation>
        </message>
        <message>
            <source>Amounts</source>
            <translation>Суммы</translation>
        </message>
        <message>
            <source>Imported from</source>
            <translation>Откуда импортировано</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Лист</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Строка</translation>
        </message>
        <message>
            <source>The row as it was in the file</source>
            <translation>Строка в исходном виде</translation>
        </message>
        <message>
            <source>Imported collection</source>
            <translation>Импортированная коллекция</translation>
        </message>
        <message>
            <source>Sheets</source>
            <translation>Листы</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Записи</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Пропущено</translation>
        </message>
        <message>
            <source>{more}: &lt;a href='{link}'&gt;show them in the table&lt;/a&gt;</source>
            <translation>{more}: &lt;a href='{link}'&gt;показать в таблице&lt;/a&gt;</translation>
        </message>
        <message>
            <source>Source: {citation}</source>
            <translation>Источник: {citation}</translation>
        </message>
        <message>
            <source>Via BRI Desktop dataset {version}, record {kind}/{id}</source>
            <translation>Цит. по набору данных BRI Desktop {version}, запись {kind}/{id}</translation>
        </message>
        <message>
            <source>Via BRI Desktop dataset, record {kind}/{id}</source>
            <translation>Цит. по набору данных BRI Desktop, запись {kind}/{id}</translation>
        </message>
    </context>
    <context>
        <name>record_text: indicator</name>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
    </context>
    <context>
        <name>safe_write</name>
        <message>
            <source>no temporary file could be made in {folder}</source>
            <translation>не удаётся создать временный файл в {folder}</translation>
        </message>
        <message>
            <source>{target} is a folder</source>
            <translation>{target} — это папка</translation>
        </message>
        <message>
            <source>{target} is not a file (a socket or a device)</source>
            <translation>{target} не является файлом (это сокет или устройство)</translation>
        </message>
        <message>
            <source>the folder {folder} does not exist</source>
            <translation>папка {folder} не существует</translation>
        </message>
    </context>
    <context>
        <name>search</name>
        <message>
            <source>The search is too long ({count} characters; at most {most})</source>
            <translation>Слишком длинный запрос (символов: {count}; допускается не более {most})</translation>
        </message>
        <message>
            <source>Unbalanced quote: add the closing "</source>
            <translation>Непарная кавычка: добавьте закрывающую "</translation>
        </message>
        <message>
            <source>Unbalanced parenthesis: a ')' has no '('</source>
            <translation>Непарная скобка: для ')' нет '('</translation>
        </message>
        <message>
            <source>Empty or incomplete group in parentheses</source>
            <translation>Пустая или незавершённая группа в скобках</translation>
        </message>
        <message>
            <source>{operator} needs a search term before it</source>
            <translation>Перед {operator} нужно слово для поиска</translation>
        </message>
        <message>
            <source>The search has more than {most} words: narrow it</source>
            <translation>Слишком много слов в запросе (допускается не более {most}): сократите его</translation>
        </message>
        <message>
            <source>Unbalanced parenthesis: add the closing ')'</source>
            <translation>Непарная скобка: добавьте закрывающую ')'</translation>
        </message>
        <message>
            <source>{operator} needs a search term after it</source>
            <translation>После {operator} нужно слово для поиска</translation>
        </message>
        <message>
            <source>'{text}' has nothing to search for</source>
            <translation>В «{text}» нечего искать</translation>
        </message>
        <message>
            <source>A search cannot start with a left-out word ({word}): put what to find first</source>
            <translation>Запрос не может начинаться с исключаемого слова ({word}): сначала укажите, что искать</translation>
        </message>
        <message>
            <source>Empty phrase in quotes</source>
            <translation>Пустая фраза в кавычках</translation>
        </message>
        <message>
            <source>A '*' must follow the start of a word, as in sino*</source>
            <translation>Символ '*' должен стоять после начала слова, например sino*</translation>
        </message>
        <message>
            <source>'{text}' has no letters or digits to search for</source>
            <translation>В «{text}» нет букв или цифр для поиска</translation>
        </message>
    </context>
    <context>
        <name>server</name>
        <message>
            <source>A colleague renamed or removed the tag “{old}” meanwhile: your rename to “{new}” was not made.</source>
            <translation>Тем временем коллега переименовал или удалил метку «{old}»: ваше переименование в «{new}» не выполнено.</translation>
        </message>
        <message>
            <source>A change of an unknown kind ({op}) was not sent.</source>
            <translation>Изменение неизвестного типа ({op}) не отправлено.</translation>
        </message>
        <message>
            <source>The team no longer shares the collection “{name}”.</source>
            <translation>Команда больше не предоставляет коллекцию «{name}».</translation>
        </message>
    </context>
    <context>
        <name>spec</name>
        <message>
            <source>Briefing</source>
            <translation>Записка</translation>
        </message>
        <message>
            <source>{where}{key}: expected text, found {found}</source>
            <translation>{where}{key}: ожидался текст, получено: {found}</translation>
        </message>
        <message>
            <source>{where}{key}: {count} characters, at most {most}</source>
            <translation>{where}{key}: символов — {count}, допускается не более {most}</translation>
        </message>
        <message>
            <source>{where}.type: '{value}' is not one of {choices}</source>
            <translation>{where}.type: недопустимое значение «{value}» (допустимые: {choices})</translation>
        </message>
        <message>
            <source>{where}: a {type} item needs '{key}'</source>
            <translation>{where}: для элемента типа {type} требуется «{key}»</translation>
        </message>
        <message>
            <source>{where}.{key}: expected text, found {found}</source>
            <translation>{where}.{key}: ожидался текст, получено: {found}</translation>
        </message>
        <message>
            <source>{where}.filter: expected an object</source>
            <translation>{where}.filter: ожидался объект</translation>
        </message>
        <message>
            <source>{where}.columns: expected a list of field names</source>
            <translation>{where}.columns: ожидался список имён полей</translation>
        </message>
        <message>
            <source>{where}.limit: expected a whole number above 0</source>
            <translation>{where}.limit: ожидалось целое число больше 0</translation>
        </message>
        <message>
            <source>the briefing: expected an object, found {found}</source>
            <translation>записка: ожидался объект, получено: {found}</translation>
        </message>
        <message>
            <source>page_size: '{value}' is not one of {choices}</source>
            <translation>page_size: недопустимое значение «{value}» (допустимые: {choices})</translation>
        </message>
        <message>
            <source>sections: expected a list</source>
            <translation>sections: ожидался список</translation>
        </message>
        <message>
            <source>{where}.items: expected a list</source>
            <translation>{where}.items: ожидался список</translation>
        </message>
        <message>
            <source>{where}: more than {most} items in the briefing</source>
            <translation>{where}: в записке слишком много элементов (допускается не более {most})</translation>
        </message>
        <message>
            <source>{where}: expected an object, found {found}</source>
            <translation>{where}: ожидался объект, получено: {found}</translation>
        </message>
    </context>
    <context>
        <name>store</name>
        <message>
            <source>A collection needs a name.</source>
            <translation>У коллекции должно быть имя.</translation>
        </message>
        <message>
            <source>'{start}…' is {length} characters; a name holds at most {limit}.</source>
            <translation>«{start}…»: символов — {length}, а имя может содержать не более {limit}.</translation>
        </message>
        <message>
            <source>'{name}' names BRI Desktop's own curated records: choose another name.</source>
            <translation>«{name}» — название собственных отобранных записей BRI Desktop: выберите другое имя.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) with problems not imported.</source>
            <translation>
                <numerusform>%Ln строка с проблемами не импортирована.</numerusform>
                <numerusform>%Ln строки с проблемами не импортированы.</numerusform>
                <numerusform>%Ln строк с проблемами не импортировано.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>table</name>
        <message>
            <source>Title</source>
            <translation>Название</translation>
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
            <source>Year or date</source>
            <translation>Год или дата</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Партнёр</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <source>the country is outside the five Central Asian countries BRI Desktop covers</source>
            <translation>страна не входит в пять стран Центральной Азии, охватываемых BRI Desktop</translation>
        </message>
        <message>
            <source>choose the column that holds the title</source>
            <translation>выберите столбец с названием</translation>
        </message>
        <message>
            <source>choose the column that holds the country</source>
            <translation>выберите столбец со страной</translation>
        </message>
        <message>
            <source>The column mapping is not complete: {problems}.</source>
            <translation>Сопоставление столбцов не завершено: {problems}.</translation>
        </message>
        <message>
            <source>US dollars, from the column {column} ({unit})</source>
            <translation>доллары США, из столбца {column} ({unit})</translation>
        </message>
        <message>
            <source>no amount column</source>
            <translation>нет столбца суммы</translation>
        </message>
        <message numerus="yes">
            <source>Total %n row(s) left out.</source>
            <translation>
                <numerusform>Пропущена %Ln строка итогов.</numerusform>
                <numerusform>Пропущены %Ln строки итогов.</numerusform>
                <numerusform>Пропущено %Ln строк итогов.</numerusform>
            </translation>
        </message>
        <message>
            <source>is empty: a record needs a country</source>
            <translation>не заполнено: у записи должна быть страна</translation>
        </message>
        <message>
            <source>Countries left out, most rows first: {countries}.</source>
            <translation>Пропущенные страны (по убыванию числа строк): {countries}.</translation>
        </message>
        <message>
            <source>is empty: a record needs a title</source>
            <translation>не заполнено: у записи должно быть название</translation>
        </message>
    </context>
    <context>
        <name>tasks</name>
        <message>
            <source>not in dataset {version} (was in {was})</source>
            <translation>нет в наборе данных {version} (было в {was})</translation>
        </message>
        <message>
            <source>not in dataset {version}</source>
            <translation>нет в наборе данных {version}</translation>
        </message>
        <message>
            <source>This source is an imported file: each record's details show the row it was read from (Imported from, The row as it was).</source>
            <translation>Этот источник — импортированный файл: в сведениях о каждой записи показана строка, из которой она прочитана (разделы «Откуда импортировано» и «Строка в исходном виде»).</translation>
        </message>
        <message>
            <source>The article's text cannot be read ({file}: {error}).</source>
            <translation>Не удаётся прочитать текст статьи ({file}: {error}).</translation>
        </message>
    </context>
    <context>
        <name>team</name>
        <message>
            <source>connection refused: is the server running?</source>
            <translation>соединение отклонено: запущен ли сервер?</translation>
        </message>
        <message>
            <source>no such server name</source>
            <translation>нет сервера с таким именем</translation>
        </message>
        <message>
            <source>no answer in time</source>
            <translation>истекло время ожидания ответа</translation>
        </message>
        <message>
            <source>the server closed the connection</source>
            <translation>сервер закрыл соединение</translation>
        </message>
        <message>
            <source>the server is shutting down</source>
            <translation>сервер завершает работу</translation>
        </message>
        <message>
            <source>the connection was lost</source>
            <translation>соединение потеряно</translation>
        </message>
        <message>
            <source>no connection</source>
            <translation>нет соединения</translation>
        </message>
        <message>
            <source>no network</source>
            <translation>нет сети</translation>
        </message>
        <message>
            <source>“{address}” is not a database address (its port is not a number; a password with @ : / or % in it is written %40 %3A %2F %25; for example {example}).</source>
            <translation>«{address}» не является адресом базы данных (порт — не число; символы @ : / и % в пароле записываются как %40 %3A %2F %25; пример: {example}).</translation>
        </message>
        <message>
            <source>“{address}” is not a database address (for example {example}).</source>
            <translation>«{address}» не является адресом базы данных (пример: {example}).</translation>
        </message>
        <message>
            <source>A team workspace lives on PostgreSQL: the address starts with postgresql+psycopg:// (for example {example}).</source>
            <translation>Командное рабочее пространство размещается в PostgreSQL: адрес начинается с postgresql+psycopg:// (пример: {example}).</translation>
        </message>
        <message>
            <source>BRI Desktop talks to PostgreSQL through psycopg: write the address as postgresql+psycopg://… (not {driver}).</source>
            <translation>BRI Desktop работает с PostgreSQL через psycopg: запишите адрес как postgresql+psycopg://… (а не {driver}).</translation>
        </message>
        <message>
            <source>The address has more than one @: a password with @ in it is written %40 (and : / % as %3A %2F %25).</source>
            <translation>В адресе больше одного символа @: символ @ в пароле записывается как %40 (а : / % — как %3A %2F %25).</translation>
        </message>
        <message>
            <source>The address needs a user, a server and a database, as in {example}.</source>
            <translation>В адресе нужны пользователь, сервер и база данных, как в {example}.</translation>
        </message>
        <message>
            <source>Leave sslpassword and passfile out of the address: BRI Desktop asks for the password and keeps it in the system keyring.</source>
            <translation>Не указывайте sslpassword и passfile в адресе: BRI Desktop запрашивает пароль и хранит его в системном хранилище ключей.</translation>
        </message>
        <message>
            <source>sslmode={mode} is not one of {modes}.</source>
            <translation>Значение sslmode={mode} недопустимо; допустимые значения: {modes}.</translation>
        </message>
        <message>
            <source>The PostgreSQL client library is missing (libpq: on Debian or Ubuntu, apt-get install libpq5): {error}</source>
            <translation>Отсутствует клиентская библиотека PostgreSQL (libpq; в Debian или Ubuntu: apt-get install libpq5): {error}</translation>
        </message>
        <message>
            <source>The server {where} asks for the password of {user}.</source>
            <translation>Сервер {where} запрашивает пароль пользователя {user}.</translation>
        </message>
        <message>
            <source>The server {where} refused the password of {user}.</source>
            <translation>Сервер {where} отклонил пароль пользователя {user}.</translation>
        </message>
        <message>
            <source>The address asks for an encrypted connection (sslmode) and {where} does not offer one: {why}</source>
            <translation>Адрес требует зашифрованного соединения (sslmode), а {where} его не поддерживает: {why}</translation>
        </message>
        <message>
            <source>The server {where}'s certificate cannot be checked as the address asks (sslmode verify-ca/verify-full): {why}</source>
            <translation>Сертификат сервера {where} не удаётся проверить так, как требует адрес (sslmode verify-ca/verify-full): {why}</translation>
        </message>
        <message>
            <source>There is no database {database} on {where}.</source>
            <translation>На {where} нет базы данных {database}.</translation>
        </message>
        <message>
            <source>Your database role {user} may not do this in the team workspace (ask its administrator for the grants in the README): {why}</source>
            <translation>Вашей роли базы данных {user} не разрешено это действие в командном рабочем пространстве (попросите администратора выдать права, описанные в README): {why}</translation>
        </message>
        <message>
            <source>The team workspace at {where} cannot be reached ({reason}).</source>
            <translation>Командное рабочее пространство по адресу {where} недоступно ({reason}).</translation>
        </message>
        <message>
            <source>The team workspace at {where} failed: {why}</source>
            <translation>Сбой командного рабочего пространства по адресу {where}: {why}</translation>
        </message>
        <message>
            <source>The team database {database} has no BRI Desktop tables (or older ones), and your role {user} cannot make them: its administrator opens it once with a role that can (README: Team workspace).</source>
            <translation>В командной базе данных {database} нет таблиц BRI Desktop (или они устаревшие), а ваша роль {user} не может их создать: администратор должен один раз открыть её с ролью, у которой есть такие права (README: Team workspace).</translation>
        </message>
        <message>
            <source>Your database role {user} may read the team workspace but not change it: your changes stay on this computer until its administrator gives the grants in the README.</source>
            <translation>Ваша роль базы данных {user} может читать командное рабочее пространство, но не изменять его: ваши изменения остаются на этом компьютере, пока администратор не выдаст права, описанные в README.</translation>
        </message>
    </context>
    <context>
        <name>team_collections</name>
        <message>
            <source>There is no collection “{name}” on this computer.</source>
            <translation>На этом компьютере нет коллекции «{name}».</translation>
        </message>
    </context>
    <context>
        <name>team_dialogs</name>
        <message>
            <source>Team workspace password</source>
            <translation>Пароль командного рабочего пространства</translation>
        </message>
        <message>
            <source>Password of {user} for the team workspace on {host}:{port} ({database}):</source>
            <translation>Пароль пользователя {user} для командного рабочего пространства на {host}:{port} ({database}):</translation>
        </message>
        <message>
            <source>Remember it in the system keyring</source>
            <translation>Запомнить в системном хранилище ключей</translation>
        </message>
        <message>
            <source>This system has no keyring: the password is asked for at each start. It is never written to the settings file.</source>
            <translation>В этой системе нет хранилища ключей: пароль запрашивается при каждом запуске. Он никогда не записывается в файл настроек.</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Подключиться</translation>
        </message>
        <message>
            <source>Work offline</source>
            <translation>Работать без связи</translation>
        </message>
    </context>
    <context>
        <name>team_flow</name>
        <message>
            <source>Prefere&amp;nces…</source>
            <translation>Н&amp;астройки…</translation>
        </message>
        <message>
            <source>&amp;Team</source>
            <translation>&amp;Команда</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Синхронизировать сейчас</translation>
        </message>
        <message>
            <source>&amp;Recent changes…</source>
            <translation>Последние &amp;изменения…</translation>
        </message>
        <message>
            <source>Team &amp;collections…</source>
            <translation>&amp;Коллекции команды…</translation>
        </message>
        <message>
            <source>S&amp;hare a collection with the team…</source>
            <translation>По&amp;делиться коллекцией с командой…</translation>
        </message>
        <message>
            <source>C&amp;onnect to a team workspace…</source>
            <translation>&amp;Подключиться к командному рабочему пространству…</translation>
        </message>
    </context>
    <context>
        <name>team_status</name>
        <message>
            <source>Team: connecting…</source>
            <translation>Команда: подключение…</translation>
        </message>
        <message>
            <source>Team: up to date</source>
            <translation>Команда: всё синхронизировано</translation>
        </message>
        <message numerus="yes">
            <source>Team: sending · %n change(s) waiting</source>
            <translation>
                <numerusform>Команда: отправка · в очереди %Ln изменение</numerusform>
                <numerusform>Команда: отправка · в очереди %Ln изменения</numerusform>
                <numerusform>Команда: отправка · в очереди %Ln изменений</numerusform>
            </translation>
        </message>
        <message>
            <source>Team: sending</source>
            <translation>Команда: отправка</translation>
        </message>
        <message numerus="yes">
            <source>Team: offline · %n change(s) waiting</source>
            <translation>
                <numerusform>Команда: без связи · в очереди %Ln изменение</numerusform>
                <numerusform>Команда: без связи · в очереди %Ln изменения</numerusform>
                <numerusform>Команда: без связи · в очереди %Ln изменений</numerusform>
            </translation>
        </message>
        <message>
            <source>Team: offline · your changes are kept here</source>
            <translation>Команда: без связи · изменения сохраняются здесь</translation>
        </message>
        <message numerus="yes">
            <source>Team: read-only · %n change(s) waiting</source>
            <translation>
                <numerusform>Команда: только чтение · в очереди %Ln изменение</numerusform>
                <numerusform>Команда: только чтение · в очереди %Ln изменения</numerusform>
                <numerusform>Команда: только чтение · в очереди %Ln изменений</numerusform>
            </translation>
        </message>
        <message>
            <source>Team: read-only</source>
            <translation>Команда: только чтение</translation>
        </message>
        <message numerus="yes">
            <source>Team: problem · %n change(s) waiting</source>
            <translation>
                <numerusform>Команда: ошибка · в очереди %Ln изменение</numerusform>
                <numerusform>Команда: ошибка · в очереди %Ln изменения</numerusform>
                <numerusform>Команда: ошибка · в очереди %Ln изменений</numerusform>
            </translation>
        </message>
        <message>
            <source>Team: problem</source>
            <translation>Команда: ошибка</translation>
        </message>
        <message numerus="yes">
            <source>Team: no answer from the server · %n change(s) waiting</source>
            <translation>
                <numerusform>Команда: сервер не отвечает · в очереди %Ln изменение</numerusform>
                <numerusform>Команда: сервер не отвечает · в очереди %Ln изменения</numerusform>
                <numerusform>Команда: сервер не отвечает · в очереди %Ln изменений</numerusform>
            </translation>
        </message>
        <message>
            <source>Team: no answer from the server</source>
            <translation>Команда: сервер не отвечает</translation>
        </message>
        <message numerus="yes">
            <source>Team: waiting for an upgrade · %n change(s) waiting</source>
            <translation>
                <numerusform>Команда: ожидание обновления · в очереди %Ln изменение</numerusform>
                <numerusform>Команда: ожидание обновления · в очереди %Ln изменения</numerusform>
                <numerusform>Команда: ожидание обновления · в очереди %Ln изменений</numerusform>
            </translation>
        </message>
        <message>
            <source>Team: waiting for an upgrade</source>
            <translation>Команда: ожидание обновления</translation>
        </message>
    </context>
    <context>
        <name>theme</name>
        <message>
            <source>System</source>
            <translation>Как в системе</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Светлая</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Тёмная</translation>
        </message>
    </context>
    <context>
        <name>timeline</name>
        <message>
            <source>By kind</source>
            <translation>По видам</translation>
        </message>
        <message>
            <source>By country</source>
            <translation>По странам</translation>
        </message>
        <message>
            <source>Several countries</source>
            <translation>Несколько стран</translation>
        </message>
        <message>
            <source>China or not stated</source>
            <translation>Китай или не указано</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>янв.</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>февр.</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>март</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>апр.</translation>
        </message>
        <message>
            <source>May</source>
            <translation>май</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>июнь</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>июль</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>авг.</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>сент.</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>окт.</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>нояб.</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>дек.</translation>
        </message>
        <message>
            <source>{day} Jan</source>
            <translation>{day} янв.</translation>
        </message>
        <message>
            <source>{day} Feb</source>
            <translation>{day} февр.</translation>
        </message>
        <message>
            <source>{day} Mar</source>
            <translation>{day} марта</translation>
        </message>
        <message>
            <source>{day} Apr</source>
            <translation>{day} апр.</translation>
        </message>
        <message>
            <source>{day} May</source>
            <translation>{day} мая</translation>
        </message>
        <message>
            <source>{day} Jun</source>
            <translation>{day} июня</translation>
        </message>
        <message>
            <source>{day} Jul</source>
            <translation>{day} июля</translation>
        </message>
        <message>
            <source>{day} Aug</source>
            <translation>{day} авг.</translation>
        </message>
        <message>
            <source>{day} Sep</source>
            <translation>{day} сент.</translation>
        </message>
        <message>
            <source>{day} Oct</source>
            <translation>{day} окт.</translation>
        </message>
        <message>
            <source>{day} Nov</source>
            <translation>{day} нояб.</translation>
        </message>
        <message>
            <source>{day} Dec</source>
            <translation>{day} дек.</translation>
        </message>
        <message numerus="yes">
            <source>Timeline by country, {stretch}: {counts} in view, of %n dated record(s) the filters keep.</source>
            <translation>
                <numerusform>Хронология по странам, {stretch}: в видимом периоде {counts} из %Ln датированной записи, отобранной фильтрами.</numerusform>
                <numerusform>Хронология по странам, {stretch}: в видимом периоде {counts} из %Ln датированных записей, отобранных фильтрами.</numerusform>
                <numerusform>Хронология по странам, {stretch}: в видимом периоде {counts} из %Ln датированных записей, отобранных фильтрами.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Timeline by country, {stretch}: no records in view, of %n dated record(s) the filters keep.</source>
            <translation>
                <numerusform>Хронология по странам, {stretch}: в видимом периоде нет ни одной из %Ln датированной записи, отобранной фильтрами.</numerusform>
                <numerusform>Хронология по странам, {stretch}: в видимом периоде нет ни одной из %Ln датированных записей, отобранных фильтрами.</numerusform>
                <numerusform>Хронология по странам, {stretch}: в видимом периоде нет ни одной из %Ln датированных записей, отобранных фильтрами.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Timeline by kind, {stretch}: {counts} in view, of %n dated record(s) the filters keep.</source>
            <translation>
                <numerusform>Хронология по видам, {stretch}: в видимом периоде {counts} из %Ln датированной записи, отобранной фильтрами.</numerusform>
                <numerusform>Хронология по видам, {stretch}: в видимом периоде {counts} из %Ln датированных записей, отобранных фильтрами.</numerusform>
                <numerusform>Хронология по видам, {stretch}: в видимом периоде {counts} из %Ln датированных записей, отобранных фильтрами.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Timeline by kind, {stretch}: no records in view, of %n dated record(s) the filters keep.</source>
            <translation>
                <numerusform>Хронология по видам, {stretch}: в видимом периоде нет ни одной из %Ln датированной записи, отобранной фильтрами.</numerusform>
                <numerusform>Хронология по видам, {stretch}: в видимом периоде нет ни одной из %Ln датированных записей, отобранных фильтрами.</numerusform>
                <numerusform>Хронология по видам, {stretch}: в видимом периоде нет ни одной из %Ln датированных записей, отобранных фильтрами.</numerusform>
            </translation>
        </message>
        <message>
            <source>No date, not placed: {counts}.</source>
            <translation>Без даты, не размещены: {counts}.</translation>
        </message>
        <message>
            <source>Dates at the precision the sources give: a year-only date spans its year, a month its month, a day is a point; hatched dates are inferred by the curator; "+N" counts the records beyond a lane's eighth row.</source>
            <translation>Даты показаны с той точностью, которую дают источники: дата, указанная только годом, занимает весь год, месяцем — весь месяц, днём — точку; заштрихованные даты выведены составителем; «+N» — число записей сверх восьми строк дорожки.</translation>
        </message>
        <message>
            <source>Bars count records per month (a year-only date spread over its year).</source>
            <translation>Столбцы показывают число записей за месяц (дата, указанная только годом, распределяется по всему году).</translation>
        </message>
        <message>
            <source>Not shown: {kinds} (the filters cannot tell them apart).</source>
            <translation>Не показаны: {kinds} (фильтры не позволяют их отобрать).</translation>
        </message>
        <message>
            <source>Filters: {filters}. Dataset {version}.</source>
            <translation>Фильтры: {filters}. Набор данных {version}.</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} – {last}</translation>
        </message>
    </context>
    <context>
        <name>timeline_paint</name>
        <message>
            <source>Loading the timeline…</source>
            <translation>Загрузка хронологии…</translation>
        </message>
        <message>
            <source>No dated records match the filters.</source>
            <translation>Фильтрам не соответствует ни одна датированная запись.</translation>
        </message>
        <message>
            <source>none in this stretch of time</source>
            <translation>в этом периоде записей нет</translation>
        </message>
        <message>
            <source>today</source>
            <translation>сегодня</translation>
        </message>
        <message>
            <source>≤ {count} a month</source>
            <translation>≤ {count} в месяц</translation>
        </message>
        <message>
            <source>Show fewer</source>
            <translation>Свернуть</translation>
        </message>
    </context>
    <context>
        <name>timeline_panel</name>
        <message>
            <source>search</source>
            <translation>поиск</translation>
        </message>
        <message>
            <source>value</source>
            <translation>сумма</translation>
        </message>
        <message>
            <source>date</source>
            <translation>дата</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) placed in time</source>
            <translation>
                <numerusform>%Ln запись размещена на шкале времени</numerusform>
                <numerusform>%Ln записи размещены на шкале времени</numerusform>
                <numerusform>%Ln записей размещены на шкале времени</numerusform>
            </translation>
        </message>
        <message>
            <source>no date, not placed: {counts}</source>
            <translation>без даты, не размещены: {counts}</translation>
        </message>
        <message>
            <source>not shown: {kinds} (no {criteria} to filter by)</source>
            <translation>не показаны: {kinds} (к ним неприменимы фильтры: {criteria})</translation>
        </message>
        <message>
            <source>{kinds}: counted per month until zoomed in (click a bar to zoom)</source>
            <translation>{kinds}: подсчёт по месяцам, пока масштаб не увеличен (щёлкните столбец, чтобы увеличить)</translation>
        </message>
        <message>
            <source>◆ a day, ▬ a month or a year, hatched: a date the curator inferred (hover for why)</source>
            <translation>◆ день, ▬ месяц или год, штриховка: дата, выведенная составителем (наведите указатель, чтобы узнать почему)</translation>
        </message>
    </context>
    <context>
        <name>timeline_view</name>
        <message>
            <source>a day</source>
            <translation>день</translation>
        </message>
        <message>
            <source>a period</source>
            <translation>период</translation>
        </message>
        <message>
            <source>a month</source>
            <translation>месяц</translation>
        </message>
        <message>
            <source>a year</source>
            <translation>год</translation>
        </message>
        <message>
            <source>Show the first eight rows of this lane again.</source>
            <translation>Снова показать только первые восемь строк этой дорожки.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n more record(s)&lt;/b&gt; here: click to show every row of this lane.</source>
            <translation>
                <numerusform>&lt;b&gt;Ещё %Ln запись&lt;/b&gt; здесь: щёлкните, чтобы показать все строки этой дорожки.</numerusform>
                <numerusform>&lt;b&gt;Ещё %Ln записи&lt;/b&gt; здесь: щёлкните, чтобы показать все строки этой дорожки.</numerusform>
                <numerusform>&lt;b&gt;Ещё %Ln записей&lt;/b&gt; здесь: щёлкните, чтобы показать все строки этой дорожки.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n record(s)&lt;/b&gt; dated in {stretch}&lt;br&gt;Click to zoom in: a stretch with few enough records shows them one by one.</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln запись&lt;/b&gt; с датой в пределах {stretch}&lt;br&gt;Щёлкните, чтобы приблизить: при небольшом числе записей они показываются по одной.</numerusform>
                <numerusform>&lt;b&gt;%Ln записи&lt;/b&gt; с датой в пределах {stretch}&lt;br&gt;Щёлкните, чтобы приблизить: при небольшом числе записей они показываются по одной.</numerusform>
                <numerusform>&lt;b&gt;%Ln записей&lt;/b&gt; с датой в пределах {stretch}&lt;br&gt;Щёлкните, чтобы приблизить: при небольшом числе записей они показываются по одной.</numerusform>
            </translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Статус: {status}</translation>
        </message>
        <message>
            <source>&lt;i&gt;Date inferred:&lt;/i&gt; {note}</source>
            <translation>&lt;i&gt;Дата выведена:&lt;/i&gt; {note}</translation>
        </message>
        <message>
            <source>BRI Desktop timeline</source>
            <translation>Хронология BRI Desktop</translation>
        </message>
    </context>
    <context>
        <name>transfer</name>
        <message>
            <source>{path} cannot be read: {error}.</source>
            <translation>Не удаётся прочитать {path}: {error}.</translation>
        </message>
        <message>
            <source>{path} is not a BRI Desktop workspace file (not JSON: {error}).</source>
            <translation>{path} не является файлом рабочего пространства BRI Desktop (не JSON: {error}).</translation>
        </message>
        <message>
            <source>{path} is not a BRI Desktop workspace file.</source>
            <translation>{path} не является файлом рабочего пространства BRI Desktop.</translation>
        </message>
        <message>
            <source>{path}: “{part}” is damaged; nothing was imported.</source>
            <translation>{path}: часть «{part}» повреждена; ничего не импортировано.</translation>
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
            <translation>«{value}» — больше триллиона долларов США, больше любой отдельной сделки: проверьте сумму и единицу измерения столбца</translation>
        </message>
        <message>
            <source>'{value}' million is more than a trillion US dollars, larger than any one deal: check the amount and the column's unit</source>
            <translation>«{value}» млн — больше триллиона долларов США, больше любой отдельной сделки: проверьте сумму и единицу измерения столбца</translation>
        </message>
        <message>
            <source>'{value}' billion is more than a trillion US dollars, larger than any one deal: check the amount and the column's unit</source>
            <translation>«{value}» млрд — больше триллиона долларов США, больше любой отдельной сделки: проверьте сумму и единицу измерения столбца</translation>
        </message>
        <message>
            <source>'{value}' × {scale} is more than a trillion US dollars, larger than any one deal: check the amount and the column's unit</source>
            <translation>«{value}» × {scale} — больше триллиона долларов США, больше любой отдельной сделки: проверьте сумму и единицу измерения столбца</translation>
        </message>
        <message>
            <source>'{value}' is not an amount</source>
            <translation>«{value}» не является суммой</translation>
        </message>
        <message>
            <source>'{value}' is negative: an amount is at least 0</source>
            <translation>«{value}» — отрицательное число: сумма должна быть не меньше 0</translation>
        </message>
        <message>
            <source>'{value}' is not an amount (write it as 1740, 1,740 or $1,740)</source>
            <translation>«{value}» не является суммой (запишите её числом, например 1740)</translation>
        </message>
        <message>
            <source>'{value}' is not a share (write it as 49% or 49)</source>
            <translation>«{value}» не является долей (запишите её как 49% или 49)</translation>
        </message>
        <message>
            <source>'{value}' is not a share between 0 and 100%</source>
            <translation>«{value}» не является долей от 0 до 100%</translation>
        </message>
        <message>
            <source>'{value}' is not a year (it is negative)</source>
            <translation>«{value}» не является годом (число отрицательное)</translation>
        </message>
        <message>
            <source>'{value}' is not a year (it is not a whole number)</source>
            <translation>«{value}» не является годом (это не целое число)</translation>
        </message>
        <message>
            <source>'{value}' is not a year between 1900 and 2100</source>
            <translation>«{value}» не является годом в диапазоне 1900–2100</translation>
        </message>
        <message>
            <source>'{value}' is not a year</source>
            <translation>«{value}» не является годом</translation>
        </message>
    </context>
    <context>
        <name>views</name>
        <message>
            <source>Timeline; filters: {filters}</source>
            <translation>Хронология; фильтры: {filters}</translation>
        </message>
        <message>
            <source>No measure '{measure}' in this dataset: left out.</source>
            <translation>В этом наборе данных нет величины «{measure}»: элемент пропущен.</translation>
        </message>
        <message>
            <source>These figures measure the same thing as different sources give it: they are shown side by side, never reconciled or averaged.</source>
            <translation>Эти цифры относятся к одной и той же величине в том виде, как её приводят разные источники: они показаны рядом, без сверки и усреднения.</translation>
        </message>
        <message>
            <source>The view holds no settings.</source>
            <translation>Вид не содержит настроек.</translation>
        </message>
        <message>
            <source>This is not a BRI Desktop view link (it should begin with “{prefix}”).</source>
            <translation>Это не ссылка на вид BRI Desktop (она должна начинаться с «{prefix}»).</translation>
        </message>
        <message>
            <source>The link is too long to be a BRI Desktop view.</source>
            <translation>Ссылка слишком длинная для вида BRI Desktop.</translation>
        </message>
        <message>
            <source>The link is damaged: part of it is missing or changed. Ask for it again, or copy it whole.</source>
            <translation>Ссылка повреждена: часть её отсутствует или изменена. Запросите её снова или скопируйте целиком.</translation>
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
            <source>Curated from articles</source>
            <translation>Отобрано из статей</translation>
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
            <translation>Рабочее пространство BRI Desktop (*.briws.json *.json)</translation>
        </message>
    </context>
</TS>

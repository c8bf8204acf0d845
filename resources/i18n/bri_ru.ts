<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Preferences</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus, dialogs, labels and the briefing&apos;s fixed texts; the records stay in the language of their sources. A new language is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BRI Desktop will be in {language} from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>money</name>
    <message>
        <source>over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Academic exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement of intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agricultural machinery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association or chamber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic conditions (term sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cargo on the Trans-Caspian route (Middle Corridor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chemicals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese companies in Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company (ownership not stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Construction contract (CGIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Construction materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diplomacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange of letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected milestone (as of the article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explosives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fertilizers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund or holding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genomics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth of cargo on the Trans-Caspian route (Middle Corridor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported table row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intergovernmental agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment (CGIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment or construction (CGIT Dataset 1+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint activities and financing agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memorandum of cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mining and ore processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry or agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multimodal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated (an organization named in an imported dataset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official finance (AidData)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil and gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil refining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petrochemicals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal and express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preliminary investment agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase and sale agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported (no status stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research institute or research unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of China–Europe land freight passing through Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share sale and purchase agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soil and crops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated by an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telecommunications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminals and dry ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curator&apos;s; no article states it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tourism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tourism promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tripartite agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Troubled transaction (CGIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under consideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Universities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urban development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billion cubic metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>million tonnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tonnes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil_PH" sourcelanguage="en">
<context>
    <name>AssistanceCalls</name>
    <message>
        <source>A visitor at the kiosk “%1” asks for a clerk (%2, since %3).</source>
        <translation>May bisita sa kiosk na “%1” na tumatawag ng kawani (%2, mula %3).</translation>
    </message>
    <message>
        <source>I&apos;ll go</source>
        <translation>Pupuntahan ko</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>Display board — Madoguchi</source>
        <extracomment>The display board window&apos;s title</extracomment>
        <translation>Pisara ng pagtawag — Madoguchi</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Read your My Number card instead of writing?</source>
        <translation>Ipabasa ang inyong My Number card sa halip na magsulat?</translation>
    </message>
    <message>
        <source>Place your My Number card on the reader</source>
        <translation>Ilagay po ang inyong My Number card sa reader</translation>
    </message>
    <message>
        <source>Only one PIN try is left</source>
        <translation>Isang subok na lang sa PIN</translation>
    </message>
    <message>
        <source>Enter your card&apos;s 4-digit PIN</source>
        <translation>I-type po ang 4-digit na PIN ng inyong card</translation>
    </message>
    <message>
        <source>Your card has been read</source>
        <translation>Nabasa na ang inyong card</translation>
    </message>
    <message>
        <source>The PIN of this card is locked</source>
        <translation>Naka-lock ang PIN ng card na ito</translation>
    </message>
    <message>
        <source>The card reader cannot be used now</source>
        <translation>Hindi magagamit ang card reader ngayon</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Binabasa ang card…</translation>
    </message>
    <message>
        <source>The kiosk reads the name, address, date of birth and sex on your card and gives them to the clerk, who fills in your forms. Your individual number is not read. The details are deleted at the end of the day. You need the card&apos;s 4-digit PIN.</source>
        <translation>Babasahin ng kiosk ang pangalan, tirahan, petsa ng kapanganakan at kasarian na nasa inyong card at ibibigay ang mga ito sa kawani, na siyang sasagot ng inyong mga form. Hindi binabasa ang inyong individual number (My Number). Buburahin ang mga detalye sa pagtatapos ng araw. Kailangan ninyo ang 4-digit na PIN ng card.</translation>
    </message>
    <message>
        <source>The reader is below the screen. Leave the card there until the screen says it has been read.</source>
        <translation>Nasa ilalim ng screen ang reader. Iwan po roon ang card hanggang sabihin ng screen na nabasa na ito.</translation>
    </message>
    <message>
        <source>If this PIN is wrong too, the card is locked and must be reset at the municipal office. If you are not sure of the PIN, take a ticket without the card: the clerk will help you.</source>
        <translation>Kung mali rin ang PIN na ito, mala-lock ang card at kailangan itong i-reset sa munisipyo. Kung hindi kayo sigurado sa PIN, kumuha po ng tiket nang walang card: tutulungan kayo ng kawani.</translation>
    </message>
    <message>
        <source>The digits are not shown on the screen. Tries left: %1</source>
        <translation>Hindi ipinapakita sa screen ang mga digit. Natitirang subok: %1</translation>
    </message>
    <message>
        <source>Please take your card with you. Your ticket is coming.</source>
        <translation>Dalhin po ang inyong card. Lalabas na ang inyong tiket.</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly too many times. It can be reset at the My Number card counter of the municipal office with the card. You can still take a ticket now: the clerk will help you with the forms.</source>
        <translation>Masyadong maraming beses na mali ang PIN na inilagay. Maaari itong i-reset sa counter ng My Number card sa munisipyo, dala ang card. Maaari pa rin kayong kumuha ng tiket ngayon: tutulungan kayo ng kawani sa mga form.</translation>
    </message>
    <message>
        <source>Please take a ticket: the clerk will enter your details.</source>
        <translation>Kumuha po ng tiket: ang kawani ang maglalagay ng inyong mga detalye.</translation>
    </message>
    <message>
        <source>Please do not move the card.</source>
        <translation>Huwag po ninyong igalaw ang card.</translation>
    </message>
    <message>
        <source>Read my card</source>
        <translation>Basahin ang card ko</translation>
    </message>
    <message>
        <source>I am sure of my PIN</source>
        <translation>Sigurado ako sa PIN ko</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Kumuha ng tiket</translation>
    </message>
    <message>
        <source>No, just a ticket</source>
        <translation>Hindi, tiket lang</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Bumalik</translation>
    </message>
    <message>
        <source>The name, address, date of birth and sex on your card are read for your forms, and your individual number for the forms that need it by law: it is printed on them and not kept. The details are deleted at the end of the day. You need the card&apos;s 4-digit PIN.</source>
        <translation>Binabasa ang pangalan, tirahan, petsa ng kapanganakan at kasarian sa inyong card para sa inyong mga form, at ang inyong individual number (My Number) para sa mga form na hinihingi ito ng batas: ipinapi-print lamang ito sa mga iyon at hindi itinatago. Binubura ang mga detalye sa pagtatapos ng araw. Kailangan ninyo ang 4-digit na PIN ng card.</translation>
    </message>
    <message>
        <source>The name, address, date of birth and sex on your card are read for your forms. Your individual number is not read. The details are deleted at the end of the day. You need the card&apos;s 4-digit PIN.</source>
        <translation>Binabasa ang pangalan, tirahan, petsa ng kapanganakan at kasarian na nasa inyong card para sa inyong mga form. Hindi binabasa ang inyong individual number (My Number). Buburahin ang mga detalye sa pagtatapos ng araw. Kailangan ninyo ang 4-digit na PIN ng card.</translation>
    </message>
    <message>
        <source>Please take your card with you.</source>
        <translation>Dalhin po ang inyong card.</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly too many times. It can be reset at the My Number card counter of the municipal office with the card.</source>
        <translation>Masyadong maraming beses na mali ang PIN na inilagay. Maaari itong i-reset sa counter ng My Number card sa munisipyo, dala ang card.</translation>
    </message>
    <message>
        <source>The card reader is not connected, or the smart card service is not running.</source>
        <translation>Hindi nakakonekta ang card reader, o hindi tumatakbo ang smart card service.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>Do not read the card</source>
        <translation>Huwag basahin ang card</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <source>Counter %1 — %2</source>
        <translation>Counter %1 — %2</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Mag-log out</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Susunod</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Tawagin muli</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Simulan</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Tapusin</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Hindi dumating</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Ipagpaliban</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Huminto</translation>
    </message>
    <message>
        <source>Number, e.g. A-023</source>
        <translation>Numero, hal. A-023</translation>
    </message>
    <message>
        <source>Call this number</source>
        <translation>Tawagin ang numerong ito</translation>
    </message>
    <message>
        <source>Unpark</source>
        <translation>Ituloy ang ipinagpaliban</translation>
    </message>
    <message>
        <source>Service to transfer to</source>
        <translation>Prosesong paglilipatan</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Ilipat</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>the counter&apos;s status</comment>
        <translation>Bukas</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>the counter&apos;s status</comment>
        <translation>Nakahinto</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>the counter&apos;s status</comment>
        <translation>Sarado</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>action: open the counter</comment>
        <translation>Buksan</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>action: close the counter for the day</comment>
        <translation>Isara</translation>
    </message>
    <message>
        <source>Outcome (optional), recorded with Finish</source>
        <extracomment>What came of the visit, recorded with Finish (F4), e.g. &quot;certificate issued&quot;</extracomment>
        <translation>Resulta (opsyonal, itinatala sa Tapusin)</translation>
    </message>
    <message>
        <source>Counter %1 — counter console</source>
        <extracomment>The console window&apos;s title: %1 is the counter&apos;s number</extracomment>
        <translation>Counter %1 — console ng counter</translation>
    </message>
    <message>
        <source>Close counter %1 for the day? Waiting visitors stay in the queue.</source>
        <translation>Isara ang counter %1 para sa araw na ito? Mananatili sa pila ang mga naghihintay.</translation>
    </message>
    <message>
        <source>Pause counter %1? No one is called here until it is opened again.</source>
        <translation>Ihinto ang counter %1? Walang tatawagin dito hangga&apos;t hindi ito binubuksang muli.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Keeps the counter as it is instead of pausing or closing it</extracomment>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Queue and actions</source>
        <translation>Pila at mga aksyon</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Mga form</translation>
    </message>
</context>
<context>
    <name>DemoDevicesWindow</name>
    <message>
        <source>Simulated devices</source>
        <translation>Mga simulated na device</translation>
    </message>
    <message>
        <source>Scanner: hold a reservation&apos;s code to the kiosk</source>
        <translation>Scanner: itapat ang code ng reserbasyon sa kiosk</translation>
    </message>
    <message>
        <source>%1 %2 — code %3</source>
        <translation>%1 %2 — code %3</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>I-scan</translation>
    </message>
    <message>
        <source>Printer: the last ticket</source>
        <translation>Printer: ang huling tiket</translation>
    </message>
    <message>
        <source>Paper out</source>
        <translation>Walang papel</translation>
    </message>
    <message>
        <source>No ticket printed yet.</source>
        <translation>Wala pang naimprentang tiket.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Naka-on</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Naka-off</translation>
    </message>
    <message>
        <source>Card reader: place a My Number card (PIN 1234)</source>
        <translation>Card reader: maglagay ng My Number card (PIN 1234)</translation>
    </message>
    <message>
        <source>Lift the card</source>
        <translation>Alisin ang card</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ilagay</translation>
    </message>
    <message>
        <source>One try left</source>
        <translation>Isang subok na lang</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Naka-lock</translation>
    </message>
    <message>
        <source>Place a transit IC card</source>
        <translation>Maglagay ng transit IC card</translation>
    </message>
</context>
<context>
    <name>FormsPane</name>
    <message>
        <source>Forms of %1</source>
        <translation>Mga form ng %1</translation>
    </message>
    <message>
        <source>No visit at the counter</source>
        <translation>Walang bisita sa counter</translation>
    </message>
    <message>
        <source>In the visit · printed</source>
        <translation>Kasama sa pagbisita · na-print</translation>
    </message>
    <message>
        <source>In the visit</source>
        <translation>Kasama sa pagbisita</translation>
    </message>
    <message>
        <source>Not in the visit</source>
        <translation>Hindi kasama sa pagbisita</translation>
    </message>
    <message>
        <source>Signed</source>
        <extracomment>The visitor has checked and signed the form</extracomment>
        <translation>Napirmahan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oo</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Read the My Number card</source>
        <translation>Basahin ang My Number card</translation>
    </message>
    <message>
        <source>Print all forms</source>
        <translation>I-print ang lahat ng form</translation>
    </message>
    <message>
        <source>Empty boxes stay empty on paper</source>
        <translation>Mananatiling blangko sa papel ang mga blangkong kahon</translation>
    </message>
    <message>
        <source>Details for the forms</source>
        <translation>Mga detalye para sa mga form</translation>
    </message>
    <message>
        <source>%1 missing, %2 to choose</source>
        <translation>%1 kulang, %2 pipiliin</translation>
    </message>
    <message>
        <source>Add a household member</source>
        <translation>Magdagdag ng miyembro ng sambahayan</translation>
    </message>
    <message>
        <source>Preview of the form as it will print</source>
        <translation>Preview ng form kung paano ito ipi-print</translation>
    </message>
    <message>
        <source>Sources disagree: choose</source>
        <translation>Hindi magkatugma ang mga pinagmulan: pumili</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Kulang</translation>
    </message>
    <message>
        <source>外字: the fonts lack a character; write it by hand</source>
        <translation>外字: may karakter na wala sa mga font; isulat ito nang kamay</translation>
    </message>
    <message>
        <source>Type it once for every form</source>
        <translation>I-type nang isang beses para sa lahat ng form</translation>
    </message>
    <message>
        <source>個人番号 from the card</source>
        <translation>Individual number mula sa card</translation>
    </message>
    <message>
        <source>個人番号: read the card</source>
        <translation>Individual number: basahin ang card</translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <source>Large text</source>
        <extracomment>Switch for large text; keep it short</extracomment>
        <translation>Malaking titik</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>Switch for black-and-yellow high-contrast colours; keep it short</extracomment>
        <translation>Mataas na contrast</translation>
    </message>
    <message>
        <source>Voice guidance</source>
        <extracomment>Switch for reading each screen aloud; keep it short</extracomment>
        <translation>Gabay sa boses</translation>
    </message>
    <message>
        <source>Low screen</source>
        <extracomment>Switch that moves every control to the lower part of the screen, within reach from a wheelchair; keep it short</extracomment>
        <translation>Mababang screen</translation>
    </message>
    <message>
        <source>Call a clerk</source>
        <translation>Tumawag ng kawani</translation>
    </message>
    <message>
        <source>Called</source>
        <extracomment>Under &quot;Call a clerk&quot; once it was pressed</extracomment>
        <translation>Natawag na</translation>
    </message>
    <message>
        <source>On</source>
        <extracomment>The state of a switch in the kiosk&apos;s header</extracomment>
        <translation>Naka-on</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Naka-off</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>A clerk has been called and will come to you. Please wait here.</source>
        <translation>Natawag na ang kawani at pupuntahan ka. Maghintay lamang dito.</translation>
    </message>
    <message>
        <source>%1 — ticket kiosk</source>
        <extracomment>The kiosk window&apos;s title: %1 is the office&apos;s name</extracomment>
        <translation>%1 — kiosk ng tiket</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Nandiyan pa po ba kayo?</translation>
    </message>
    <message>
        <source>Choose your language below.</source>
        <translation>Piliin po ang inyong wika sa ibaba.</translation>
    </message>
    <message>
        <source>Hold your reservation&apos;s QR code under the reader, or type its code below.</source>
        <translation>Itapat po ang QR code ng inyong reserbasyon sa ilalim ng reader, o i-type ang code nito sa ibaba.</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>Kunin po ang inyong tiket.</translation>
    </message>
    <message>
        <source>Your number: %1</source>
        <translation>Ang inyong numero: %1</translation>
    </message>
    <message>
        <source>Touch your procedure below.</source>
        <translation>Pindutin po ang inyong proseso sa ibaba.</translation>
    </message>
    <message>
        <source>The office is closed now.</source>
        <translation>Sarado ang tanggapan ngayon.</translation>
    </message>
    <message>
        <source>Place your card on the reader.</source>
        <translation>Ilagay po ang inyong card sa reader.</translation>
    </message>
    <message>
        <source>Enter your PIN below.</source>
        <translation>I-type po ang inyong PIN sa ibaba.</translation>
    </message>
    <message>
        <source>Only one PIN try is left.</source>
        <translation>Isang subok na lang sa PIN.</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked.</source>
        <translation>Naka-lock ang PIN ng card.</translation>
    </message>
    <message>
        <source>Read your card instead of writing?</source>
        <translation>Ipabasa ang inyong card sa halip na magsulat?</translation>
    </message>
    <message>
        <source>Please wait. Do not move the card.</source>
        <translation>Maghintay po. Huwag igalaw ang card.</translation>
    </message>
    <message>
        <source>Please take your My Number card from the reader.</source>
        <translation>Kunin po ang inyong My Number card mula sa reader.</translation>
    </message>
    <message>
        <source>Please take your card.</source>
        <translation>Kunin po ang inyong card.</translation>
    </message>
    <message>
        <source>The card reader cannot be used now.</source>
        <translation>Hindi magagamit ang card reader ngayon.</translation>
    </message>
</context>
<context>
    <name>LoginPane</name>
    <message>
        <source>Counter %1: staff login</source>
        <translation>Counter %1: pag-log in ng kawani</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Mag-log in</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Appointment</name>
    <message>
        <source>This service does not take reservations at that time.</source>
        <translation>Hindi tumatanggap ng reserbasyon ang serbisyong ito sa oras na iyon.</translation>
    </message>
    <message>
        <source>That time has already begun. Please choose a later time.</source>
        <translation>Nagsimula na ang oras na iyon. Pumili ng mas huling oras.</translation>
    </message>
    <message>
        <source>That time is fully booked. Please choose another time.</source>
        <translation>Puno na ang oras na iyon. Pumili ng ibang oras.</translation>
    </message>
    <message>
        <source>There is no reservation with this code. Please check the code, or take a ticket.</source>
        <translation>Walang reserbasyon na may ganitong code. Suriin ang code, o kumuha ng tiket.</translation>
    </message>
    <message>
        <source>This reservation was cancelled. Please take a ticket.</source>
        <translation>Kinansela ang reserbasyong ito. Kumuha ng tiket.</translation>
    </message>
    <message>
        <source>Your reservation is on %1 at %2. Please come on that day.</source>
        <translation>Ang reserbasyon mo ay sa %1 nang %2. Pumunta sa araw na iyon.</translation>
    </message>
    <message>
        <source>Your reservation is at %1. Please check in from %2.</source>
        <translation>Ang reserbasyon mo ay sa %1. Mag-check in mula %2.</translation>
    </message>
    <message>
        <source>The time of your reservation (%1) has passed. Please take a ticket.</source>
        <translation>Lumipas na ang oras ng reserbasyon mo (%1). Kumuha ng tiket.</translation>
    </message>
    <message>
        <source>This reservation has already checked in.</source>
        <translation>Naka-check in na ang reserbasyong ito.</translation>
    </message>
    <message>
        <source>The reservation could not be saved. Please try again.</source>
        <translation>Hindi na-save ang reserbasyon. Subukan muli.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Board</name>
    <message>
        <source>Now calling</source>
        <translation>Tinatawag ngayon</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>Called before</source>
        <translation>Natawag na</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Naghihintay ngayon</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 naghihintay</translation>
    </message>
    <message>
        <source>Few waiting</source>
        <translation>Kaunti ang naghihintay</translation>
    </message>
    <message>
        <source>Some waiting</source>
        <translation>May ilang naghihintay</translation>
    </message>
    <message>
        <source>Many waiting</source>
        <translation>Marami ang naghihintay</translation>
    </message>
    <message>
        <source>Very crowded</source>
        <translation>Napakasikip</translation>
    </message>
    <message>
        <source>Number %1, please come to counter %2.</source>
        <extracomment>A call spoken on the display board by a speech synthesizer; for Japanese write it in kana only, the synthesizer cannot read kanji.</extracomment>
        <translation>Numero %1, pumunta po sa counter %2.</translation>
    </message>
    <message>
        <source>This board has lost its connection to the office. Please listen for your number or ask at the reception.</source>
        <translation>Nawalan ng koneksiyon sa opisina ang board na ito. Pakinggan ang pagtawag sa inyong numero o magtanong sa reception.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Card</name>
    <message>
        <source>The PIN is not right. Please enter it again.</source>
        <translation>Mali ang PIN. I-type po ito ulit.</translation>
    </message>
    <message>
        <source>This card is not a My Number card. Please place your My Number card on the reader.</source>
        <translation>Hindi My Number card ang card na ito. Ilagay po ang inyong My Number card sa reader.</translation>
    </message>
    <message>
        <source>The card was moved before the reading finished. Please place it again and leave it there until the screen says it has been read.</source>
        <translation>Naigalaw ang card bago natapos ang pagbasa. Ilagay po ito ulit at iwan doon hanggang sabihin ng screen na nabasa na ito.</translation>
    </message>
    <message>
        <source>The card could not be read. Please place it again and keep it still.</source>
        <translation>Hindi mabasa ang card. Ilagay po ito ulit at huwag igalaw.</translation>
    </message>
    <message>
        <source>The card was taken off the reader. Please place it again and leave it there: the PIN is asked once it is read.</source>
        <translation>Naalis ang card sa reader. Ilagay po ito ulit at iwan doon: hihingin ang PIN kapag nabasa na ito.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Counter</name>
    <message>
        <source>The counter is open</source>
        <translation>Bukas ang counter</translation>
    </message>
    <message>
        <source>The counter is closed</source>
        <translation>Sarado ang counter</translation>
    </message>
    <message>
        <source>Open the counter first (F9)</source>
        <translation>Buksan muna ang counter (F9)</translation>
    </message>
    <message>
        <source>The counter is paused</source>
        <translation>Nakahinto ang counter</translation>
    </message>
    <message>
        <source>Paused: open it to go on (F9)</source>
        <translation>Nakahinto: buksan ito para magpatuloy (F9)</translation>
    </message>
    <message>
        <source>A visitor is at the counter</source>
        <translation>May bisita sa counter</translation>
    </message>
    <message>
        <source>Already serving</source>
        <translation>Pinagsisilbihan na</translation>
    </message>
    <message>
        <source>No visitor has been called</source>
        <translation>Wala pang tinawag na bisita</translation>
    </message>
    <message>
        <source>Start serving first (F3)</source>
        <translation>Simulan muna ang pagsisilbi (F3)</translation>
    </message>
    <message>
        <source>No visitor is being served</source>
        <translation>Walang bisitang pinagsisilbihan</translation>
    </message>
    <message>
        <source>My Number card</source>
        <translation>My Number card</translation>
    </message>
    <message>
        <source>Pre-application</source>
        <translation>Paunang aplikasyon</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Kawani</translation>
    </message>
    <message>
        <source>The card has been read. Please give it back to the visitor.</source>
        <translation>Nabasa na ang card. Pakibalik ito sa bisita.</translation>
    </message>
    <message>
        <source>The pre-application has been read.</source>
        <translation>Nabasa na ang paunang aplikasyon.</translation>
    </message>
    <message>
        <source>%1 (household member %2)</source>
        <translation>%1 (miyembro ng sambahayan %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) printed: the visitor checks them and signs.</source>
        <translation>
            <numerusform>Na-print ang %n form: titingnan at pipirmahan ito ng bisita.</numerusform>
            <numerusform>Na-print ang %n form: titingnan at pipirmahan ang mga ito ng bisita.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) the fonts lack are left as boxes: write them by hand.</source>
        <translation>
            <numerusform>Iniwang kahon ang %n karakter na wala sa mga font: isulat ito nang kamay.</numerusform>
            <numerusform>Iniwang kahon ang %n karakter na wala sa mga font: isulat ang mga ito nang kamay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Madoguchi::Field</name>
    <message>
        <source>Family name</source>
        <extracomment>A field of the visitor&apos;s profile and the forms: 氏 (surname)</extracomment>
        <translation>Apelyido</translation>
    </message>
    <message>
        <source>Given name</source>
        <extracomment>A field of the visitor&apos;s profile and the forms: 名 (given name)</extracomment>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Family name (reading)</source>
        <extracomment>A field: the reading of the family name in katakana (フリガナ)</extracomment>
        <translation>Apelyido (pagbasa)</translation>
    </message>
    <message>
        <source>Given name (reading)</source>
        <extracomment>A field: the reading of the given name in katakana (フリガナ)</extracomment>
        <translation>Pangalan (pagbasa)</translation>
    </message>
    <message>
        <source>Former surname</source>
        <extracomment>A field: 旧氏, a former surname a resident asked to have recorded (e.g. a maiden name)</extracomment>
        <translation>Dating apelyido (旧氏)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <extracomment>A field: 生年月日</extracomment>
        <translation>Petsa ng kapanganakan</translation>
    </message>
    <message>
        <source>Sex</source>
        <extracomment>A field: 性別, as the resident register records it</extracomment>
        <translation>Kasarian</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Lalaki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Babae</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <extracomment>A value of the field Sex: ISO 5218 code 9, as some records hold it</extracomment>
        <translation>Hindi angkop</translation>
    </message>
    <message>
        <source>Relationship to the head of household</source>
        <extracomment>A field: 続柄, the person&apos;s relationship to the head of household (e.g. 妻, 子)</extracomment>
        <translation>Kaugnayan sa puno ng sambahayan (続柄)</translation>
    </message>
    <message>
        <source>Nationality or region</source>
        <extracomment>A field for foreign residents: 国籍・地域</extracomment>
        <translation>Nasyonalidad o rehiyon</translation>
    </message>
    <message>
        <source>Status of residence</source>
        <extracomment>A field for foreign residents: 在留資格 (e.g. 永住者, 技術・人文知識・国際業務)</extracomment>
        <translation>Katayuan ng paninirahan (在留資格)</translation>
    </message>
    <message>
        <source>Period of stay ends</source>
        <extracomment>A field for foreign residents: 在留期間の満了日</extracomment>
        <translation>Katapusan ng panahon ng pananatili</translation>
    </message>
    <message>
        <source>Residence card number</source>
        <extracomment>A field for foreign residents: 在留カード番号 (12 characters, e.g. AB12345678CD)</extracomment>
        <translation>Numero ng residence card</translation>
    </message>
    <message>
        <source>Postal code</source>
        <extracomment>A field: 郵便番号</extracomment>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>A field: 住所, the address the visitor lives at (or moves to)</extracomment>
        <translation>Tirahan</translation>
    </message>
    <message>
        <source>Building and room</source>
        <extracomment>A field: 方書, the building&apos;s name and the room number after the address</extracomment>
        <translation>Gusali at kuwarto (方書)</translation>
    </message>
    <message>
        <source>Telephone</source>
        <extracomment>A field: 電話番号, a number to reach the visitor during the day</extracomment>
        <translation>Telepono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>A field: メールアドレス</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Head of household</source>
        <extracomment>A field: 世帯主, the name of the head of household</extracomment>
        <translation>Puno ng sambahayan (世帯主)</translation>
    </message>
    <message>
        <source>Registered domicile</source>
        <extracomment>A field: 本籍, the registered domicile of a Japanese national&apos;s family register</extracomment>
        <translation>Rehistradong domisilyo (本籍)</translation>
    </message>
    <message>
        <source>Head of the family register</source>
        <extracomment>A field: 筆頭者, the person at the head of the family register</extracomment>
        <translation>Pinuno ng family register (筆頭者)</translation>
    </message>
    <message>
        <source>Date of the move</source>
        <extracomment>A field: 異動日, the day of moving in, out or within the city</extracomment>
        <translation>Petsa ng paglipat</translation>
    </message>
    <message>
        <source>Previous address</source>
        <extracomment>A field: 従前の住所, the address before the move</extracomment>
        <translation>Dating tirahan</translation>
    </message>
    <message>
        <source>Previous head of household</source>
        <extracomment>A field: the head of household at the address before the move (前住所の世帯主)</extracomment>
        <translation>Puno ng sambahayan sa dating tirahan</translation>
    </message>
    <message>
        <source>Address moving to</source>
        <extracomment>A field: 転出先, the address the visitor moves to outside the city</extracomment>
        <translation>Tirahang lilipatan (転出先)</translation>
    </message>
    <message>
        <source>Occupation</source>
        <extracomment>A field: 職業 (the claimant&apos;s occupation, on a child-allowance claim)</extracomment>
        <translation>Trabaho</translation>
    </message>
    <message>
        <source>Bank</source>
        <extracomment>A field: 金融機関名, the bank an allowance is paid into</extracomment>
        <translation>Bangko</translation>
    </message>
    <message>
        <source>Branch</source>
        <extracomment>A field: 支店名, the bank&apos;s branch</extracomment>
        <translation>Sangay</translation>
    </message>
    <message>
        <source>Account type</source>
        <extracomment>A field: 預金種目, the kind of bank account</extracomment>
        <translation>Uri ng account</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <extracomment>A kind of bank account: 普通</extracomment>
        <translation>Ordinaryo</translation>
    </message>
    <message>
        <source>Current</source>
        <extracomment>A kind of bank account: 当座</extracomment>
        <translation>Current (当座)</translation>
    </message>
    <message>
        <source>Account number</source>
        <extracomment>A field: 口座番号 (7 digits in Japan)</extracomment>
        <translation>Numero ng account</translation>
    </message>
    <message>
        <source>Account holder (reading)</source>
        <extracomment>A field: 口座名義 (カナ), the account holder&apos;s name as the bank writes it, in katakana</extracomment>
        <translation>May-ari ng account (pagbasa)</translation>
    </message>
    <message>
        <source>This field is empty.</source>
        <translation>Walang laman ang field na ito.</translation>
    </message>
    <message>
        <source>This is longer than the form has room for (%1 characters).</source>
        <translation>Mas mahaba ito kaysa sa kasya sa form (hanggang %1 karakter).</translation>
    </message>
    <message>
        <source>A name has no digits or symbols.</source>
        <translation>Walang numero o simbolo ang isang pangalan.</translation>
    </message>
    <message>
        <source>Write the reading in katakana or hiragana.</source>
        <translation>Isulat ang pagbasa sa katakana o hiragana.</translation>
    </message>
    <message>
        <source>This holds characters that cannot be printed.</source>
        <translation>May mga karakter na hindi mailimbag.</translation>
    </message>
    <message>
        <source>This is not a date that exists. Write it as 1990-04-01 or 平成2年4月1日.</source>
        <translation>Walang ganitong petsa. Isulat ito tulad ng 1990-04-01 o 平成2年4月1日.</translation>
    </message>
    <message>
        <source>Choose one of the answers offered.</source>
        <translation>Pumili ng isa sa mga sagot.</translation>
    </message>
    <message>
        <source>A postal code has 7 digits, as 123-4567.</source>
        <translation>May 7 digit ang postal code, tulad ng 123-4567.</translation>
    </message>
    <message>
        <source>A telephone number has 10 or 11 digits starting with 0, or starts with + and the country code.</source>
        <translation>Ang numero ng telepono ay 10 o 11 digit na nagsisimula sa 0, o nagsisimula sa + at country code.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Hindi ito e-mail address.</translation>
    </message>
    <message>
        <source>A residence card number is 2 letters, 8 digits and 2 letters, as AB12345678CD.</source>
        <translation>Ang numero ng residence card ay 2 titik, 8 digit at 2 titik, tulad ng AB12345678CD.</translation>
    </message>
    <message>
        <source>Write %1 digits.</source>
        <translation>Isulat ang %1 digit.</translation>
    </message>
    <message>
        <source>There is no such field.</source>
        <translation>Walang ganitong field.</translation>
    </message>
    <message>
        <source>There is no such person in this household.</source>
        <translation>Walang ganitong tao sa sambahayang ito.</translation>
    </message>
    <message>
        <source>A value must be written as text.</source>
        <translation>Dapat isulat ang value bilang teksto.</translation>
    </message>
    <message>
        <source>The household members are a list of at most %1 people.</source>
        <translation>Ang mga miyembro ng sambahayan ay listahan ng hanggang %1 tao.</translation>
    </message>
    <message>
        <source>A household member is an object of fields.</source>
        <translation>Ang isang miyembro ng sambahayan ay object ng mga field.</translation>
    </message>
    <message>
        <source>The stored profile of this visit cannot be opened (another key, or damaged).</source>
        <translation>Hindi mabuksan ang naka-save na impormasyon ng pagbisitang ito (ibang susi, o sira).</translation>
    </message>
    <message>
        <source>That source gave no value for this field.</source>
        <translation>Walang ibinigay na halaga ang pinagmulang iyon para sa field na ito.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::GuidePage</name>
    <message>
        <source>What is happening in your life?</source>
        <translation>Ano ang nangyayari sa inyong buhay?</translation>
    </message>
    <message>
        <source>Choose one: a few questions follow, then the procedures for you, in the order to do them.</source>
        <translation>Pumili ng isa: may ilang tanong, at pagkatapos ay makikita ninyo ang inyong mga proseso, ayon sa pagkakasunod-sunod ng paggawa.</translation>
    </message>
    <message>
        <source>I know what I need: choose the procedures myself</source>
        <translation>Alam ko na ang kailangan ko: ako na ang pipili ng mga proseso</translation>
    </message>
    <message>
        <source>Choose your procedures</source>
        <translation>Piliin ang inyong mga proseso</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Tanong %1 sa %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oo</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Bumalik</translation>
    </message>
    <message>
        <source>What to do, in this order</source>
        <translation>Gawin ayon sa pagkakasunod-sunod na ito</translation>
    </message>
    <message>
        <source>Your answers call for no procedure. Please go back and check them.</source>
        <translation>Walang prosesong kailangan batay sa inyong mga sagot. Bumalik po at tingnan ang mga ito.</translation>
    </message>
    <message>
        <source>Counters %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>Bring:</source>
        <translation>Dalhin:</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Bayad: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1 yen</translation>
    </message>
    <message>
        <source>About %1 min at the counter</source>
        <translation>Mga %1 minuto sa counter</translation>
    </message>
    <message>
        <source>Online instead: %1</source>
        <translation>Online na paraan: %1</translation>
    </message>
    <message>
        <source>Fees together: %1. About %2 min at the counters.</source>
        <translation>Kabuuang bayad: %1. Mga %2 minuto sa mga counter.</translation>
    </message>
    <message>
        <source>Next: fill in your details once</source>
        <translation>Susunod: punan nang isang beses ang inyong mga detalye</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Para kanino: %1</translation>
    </message>
    <message>
        <source>Everyone with this life event</source>
        <translation>Lahat ng may ganitong pangyayari sa buhay</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>In a condition: a question and the answer that makes it hold (&quot;Do you have a car? — Yes&quot;)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — not %2</source>
        <extracomment>In a condition: a question and the answer that must not be given</extracomment>
        <translation>%1 — hindi %2</translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation>%1, at %2</translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <translation>%1, o %2</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation>hindi (%1)</translation>
    </message>
    <message>
        <source>Life events and their procedures</source>
        <translation>Mga pangyayari sa buhay at ang mga proseso nito</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Kiosk</name>
    <message>
        <source>The office system cannot be reached, so no tickets can be issued now. Please ask a clerk.</source>
        <translation>Hindi maabot ang sistema ng tanggapan, kaya walang maibibigay na tiket ngayon. Magtanong po sa kawani.</translation>
    </message>
    <message>
        <source>The office system cannot be reached, so no ticket was issued. Please ask a clerk.</source>
        <translation>Hindi maabot ang sistema ng tanggapan, kaya walang tiket na naibigay. Magtanong po sa kawani.</translation>
    </message>
    <message>
        <source>No ticket could be issued: %1</source>
        <translation>Hindi makapagbigay ng tiket: %1</translation>
    </message>
    <message>
        <source>This kiosk has no printer. Please note your number or photograph the code on the screen.</source>
        <translation>Walang printer ang kiosk na ito. Isulat ang inyong numero o kunan ng larawan ang code sa screen.</translation>
    </message>
    <message>
        <source>The ticket could not be printed (%1). Your number is on the screen: please note it or photograph the code.</source>
        <translation>Hindi ma-print ang tiket (%1). Nasa screen ang inyong numero: isulat ito o kunan ng larawan ang code.</translation>
    </message>
    <message>
        <source>no wait (reference)</source>
        <translation>walang hintay (tantiya lamang)</translation>
    </message>
    <message>
        <source>about %1–%2 min (reference)</source>
        <extracomment>参考値: a reference range of waiting minutes, never a promise</extracomment>
        <translation>mga %1–%2 minuto (tantiya lamang)</translation>
    </message>
    <message>
        <source>Reservation at %1</source>
        <translation>Reserbasyon nang %1</translation>
    </message>
    <message>
        <source>A reservation code has 8 letters and digits, like 7K3M-Q2P7. Please check it.</source>
        <translation>Ang code ng reserbasyon ay may 8 titik at numero, gaya ng 7K3M-Q2P7. Pakisuri.</translation>
    </message>
    <message>
        <source>This code is not right. Please check each character, or scan the QR code.</source>
        <translation>Mali ang code. Suriin ang bawat character, o i-scan ang QR code.</translation>
    </message>
    <message>
        <source>This code cannot be read. If it is your reservation, please type its code.</source>
        <translation>Hindi mabasa ang code na ito. Kung ito ang reserbasyon mo, i-type ang code nito.</translation>
    </message>
    <message>
        <source>This is the code of a ticket: scan it with your phone to follow your turn.</source>
        <translation>Code ito ng isang tiket: i-scan ito gamit ang iyong telepono para masubaybayan ang iyong turno.</translation>
    </message>
    <message>
        <source>This code cannot be used here.</source>
        <translation>Hindi magagamit dito ang code na ito.</translation>
    </message>
    <message>
        <source>The clerk could not be called. Please ask at the nearest counter.</source>
        <translation>Hindi natawag ang kawani. Magtanong sa pinakamalapit na counter.</translation>
    </message>
    <message>
        <source>Your details from home have been read. Please choose your procedure: the clerk will have them.</source>
        <translation>Nabasa na ang mga detalyeng inilagay mo sa bahay. Piliin ang iyong proseso: makukuha ito ng kawani sa counter.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Notice</name>
    <message>
        <source>This office does not send notices by %1.</source>
        <translation>Hindi nagpapadala ng abiso ang tanggapang ito sa pamamagitan ng %1.</translation>
    </message>
    <message>
        <source>This is not an e-mail address notices can be sent to.</source>
        <translation>Hindi ito e-mail address na mapapadalhan ng abiso.</translation>
    </message>
    <message>
        <source>The address must be 1 to %1 characters.</source>
        <translation>Ang address ay dapat 1 hanggang %1 na character.</translation>
    </message>
    <message>
        <source>This ticket is finished; there is nothing left to notify.</source>
        <translation>Tapos na ang tiket na ito; wala nang aabisuhan.</translation>
    </message>
    <message>
        <source>A ticket can have at most %1 addresses for notices.</source>
        <translation>Hanggang %1 address lamang ang maaaring ilagay sa isang tiket para sa mga abiso.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::NoticeText</name>
    <message>
        <source>Your turn is near: %1</source>
        <translation>Malapit na ang inyong turno: %1</translation>
    </message>
    <message>
        <source>Number %1: people ahead of you: %2. Please come back to the waiting area.</source>
        <translation>Numero %1: mga tao bago kayo: %2. Bumalik po sa waiting area.</translation>
    </message>
    <message>
        <source>Your number %1 is called</source>
        <translation>Tinawag na ang inyong numero %1</translation>
    </message>
    <message>
        <source>Number %1 is called. Please go to %2.</source>
        <translation>Tinawag na ang numero %1. Pumunta po sa %2.</translation>
    </message>
    <message>
        <source>Your ticket: %1</source>
        <translation>Ang inyong tiket: %1</translation>
    </message>
    <message>
        <source>This is an automatic message from %1. Please do not reply to it.</source>
        <translation>Awtomatikong mensahe ito mula sa %1. Huwag pong sumagot dito.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::PreApplicationPage</name>
    <message>
        <source>Fill in your details before you come</source>
        <translation>Punan ang inyong mga detalye bago pumunta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <source>Write your details once here, and show the code you get at the kiosk or the counter: the clerk fills in your forms. Nothing is sent anywhere: the details stay on this phone until you show the code.</source>
        <translation>Isulat dito nang isang beses ang inyong mga detalye, at ipakita ang makukuha ninyong code sa kiosk o sa counter: ang kawani ang sasagot ng inyong mga form. Walang ipinapadala kahit saan: mananatili sa teleponong ito ang mga detalye hanggang ipakita ninyo ang code.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Ang inyong mga detalye</translation>
    </message>
    <message>
        <source>Fill in what you know; leave the rest empty. Write names as on your residence record.</source>
        <translation>Punan ang alam ninyo; iwanang blangko ang iba. Isulat ang mga pangalan ayon sa inyong residence record (住民票).</translation>
    </message>
    <message>
        <source>Make my code</source>
        <translation>Gawin ang code ko</translation>
    </message>
    <message>
        <source>Please check “%1”.</source>
        <translation>Pakitingnan po ang “%1”.</translation>
    </message>
    <message>
        <source>Please fill in at least one detail.</source>
        <translation>Punan po ang kahit isang detalye.</translation>
    </message>
    <message>
        <source>Your code</source>
        <translation>Ang inyong code</translation>
    </message>
    <message>
        <source>Show this code at the kiosk or the counter. Keep the screen bright; take a screenshot to keep it.</source>
        <translation>Ipakita po ang code na ito sa kiosk o sa counter. Panatilihing maliwanag ang screen; mag-screenshot para maitago ito.</translation>
    </message>
    <message>
        <source>Change my details</source>
        <translation>Baguhin ang mga detalye ko</translation>
    </message>
    <message>
        <source>This page needs JavaScript to make your code.</source>
        <translation>Kailangan ng pahinang ito ang JavaScript para magawa ang inyong code.</translation>
    </message>
    <message>
        <source>The details are too long for one code. Please leave out what the clerk can fill in, such as a previous address.</source>
        <translation>Masyadong mahaba ang mga detalye para sa isang code. Huwag na pong isama ang maaaring punan ng kawani, gaya ng dating tirahan.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Queue</name>
    <message>
        <source>%1 (fallback: no one is waiting for this counter&apos;s main services)</source>
        <translation>%1 (fallback: walang naghihintay para sa mga pangunahing serbisyo ng counter na ito)</translation>
    </message>
    <message>
        <source>arrival order: waiting since %1</source>
        <translation>ayon sa pagdating: naghihintay mula %1</translation>
    </message>
    <message>
        <source>priority class first, then arrival (waiting since %1)</source>
        <translation>priority muna, saka ayon sa pagdating (naghihintay mula %1)</translation>
    </message>
    <message>
        <source>%1:1 alternation: priority turn (%2 of %1)</source>
        <translation>%1:1 na palitan: turno ng priority (%2 sa %1)</translation>
    </message>
    <message>
        <source>%1:1 alternation: regular turn</source>
        <translation>%1:1 na palitan: regular na turno</translation>
    </message>
    <message>
        <source>walk-in waiting over %1 min (since %2)</source>
        <translation>walk-in na naghihintay nang higit %1 min (mula %2)</translation>
    </message>
    <message>
        <source>appointment due %1</source>
        <translation>reserbasyon nang %1</translation>
    </message>
    <message>
        <source>no appointment due; arrival order: waiting since %1</source>
        <translation>walang reserbasyong oras na; ayon sa pagdating: naghihintay mula %1</translation>
    </message>
    <message>
        <source>appointment at %1, called early: no one else is waiting</source>
        <translation>reserbasyon nang %1, tinawag nang maaga: wala nang ibang naghihintay</translation>
    </message>
    <message>
        <source>transferred to this counter; waiting since %1</source>
        <translation>inilipat sa counter na ito; naghihintay mula %1</translation>
    </message>
    <message>
        <source>called by number</source>
        <translation>tinawag ayon sa numero</translation>
    </message>
    <message>
        <source>returned from the pool</source>
        <translation>ibinalik mula sa pool</translation>
    </message>
    <message>
        <source>There is no counter %1.</source>
        <translation>Walang counter %1.</translation>
    </message>
    <message>
        <source>There is no service &apos;%1&apos; at this office.</source>
        <translation>Walang serbisyong &apos;%1&apos; sa tanggapang ito.</translation>
    </message>
    <message>
        <source>No open ticket has the number %1.</source>
        <translation>Walang bukas na tiket na may numerong %1.</translation>
    </message>
    <message>
        <source>Choose between one and ten services.</source>
        <translation>Pumili ng isa hanggang sampung serbisyo.</translation>
    </message>
    <message>
        <source>%1 is asked for twice.</source>
        <translation>Dalawang beses hiniling ang %1.</translation>
    </message>
    <message>
        <source>The language &apos;%1&apos; is not offered at this office.</source>
        <translation>Hindi inaalok ang wikang &apos;%1&apos; sa tanggapang ito.</translation>
    </message>
    <message>
        <source>An appointment needs its code and its time.</source>
        <translation>Kailangan ng reserbasyon ang code at oras nito.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid outcome: use lower-case letters, digits and &apos;-&apos; (at most 32).</source>
        <translation>Hindi wastong resulta ang &apos;%1&apos;: gumamit ng maliliit na titik, numero at &apos;-&apos; (hanggang 32).</translation>
    </message>
    <message>
        <source>The office is closed now.</source>
        <translation>Sarado ang tanggapan ngayon.</translation>
    </message>
    <message>
        <source>The office is closed now. It opens again on %1 at %2.</source>
        <translation>Sarado ang tanggapan ngayon. Magbubukas muli sa %1 nang %2.</translation>
    </message>
    <message>
        <source>All numbers of %1 (%2 to %3) are held by open visits; finish or cancel some first.</source>
        <translation>Hawak ng mga bukas na pagbisita ang lahat ng numero ng %1 (%2 hanggang %3); tapusin o kanselahin muna ang ilan.</translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used for a different ticket request; use a new key.</source>
        <translation>Nagamit na ang Idempotency-Key na ito sa ibang kahilingan ng tiket; gumamit ng bago.</translation>
    </message>
    <message>
        <source>Counter %1 is paused; resume it before calling.</source>
        <translation>Naka-pause ang counter %1; ituloy muna bago tumawag.</translation>
    </message>
    <message>
        <source>Counter %1 is closed; open it before calling.</source>
        <translation>Sarado ang counter %1; buksan muna bago tumawag.</translation>
    </message>
    <message>
        <source>Counter %1 is already open.</source>
        <translation>Bukas na ang counter %1.</translation>
    </message>
    <message>
        <source>Counter %1 is already paused.</source>
        <translation>Naka-pause na ang counter %1.</translation>
    </message>
    <message>
        <source>Counter %1 is closed.</source>
        <translation>Sarado ang counter %1.</translation>
    </message>
    <message>
        <source>Counter %1 is still attending to %2; finish, transfer or park that visit first.</source>
        <translation>Inaasikaso pa ng counter %1 ang %2; tapusin, ilipat o i-park muna ito.</translation>
    </message>
    <message>
        <source>Counter %1 has no visitor at the moment.</source>
        <translation>Walang bisita sa counter %1 ngayon.</translation>
    </message>
    <message>
        <source>No one is waiting for the services of counter %1.</source>
        <translation>Walang naghihintay para sa mga serbisyo ng counter %1.</translation>
    </message>
    <message>
        <source>Counter %1 does not take %2 (%3); transfer the visit instead.</source>
        <translation>Hindi tumatanggap ang counter %1 ng %2 (%3); ilipat na lang ang pagbisita.</translation>
    </message>
    <message>
        <source>%1 was transferred to counter %2.</source>
        <translation>Inilipat ang %1 sa counter %2.</translation>
    </message>
    <message>
        <source>%1 is already at counter %2; there is no one to recall.</source>
        <translation>Nasa counter %2 na ang %1; walang tatawagin muli.</translation>
    </message>
    <message>
        <source>%1 is already being served at counter %2; finish the visit instead.</source>
        <translation>Inaasikaso na ang %1 sa counter %2; tapusin na lang ang pagbisita.</translation>
    </message>
    <message>
        <source>%1 is being served at counter %2; finish or transfer it there.</source>
        <translation>Inaasikaso ang %1 sa counter %2; doon ito tapusin o ilipat.</translation>
    </message>
    <message>
        <source>%1 is already at counter %2 for that service.</source>
        <translation>Nasa counter %2 na ang %1 para sa serbisyong iyon.</translation>
    </message>
    <message>
        <source>The change could not be saved, so nothing was changed: %1</source>
        <translation>Hindi na-save ang pagbabago, kaya walang binago: %1</translation>
    </message>
    <message>
        <source>%1 is waiting in the queue.</source>
        <translation>Naghihintay sa pila ang %1.</translation>
    </message>
    <message>
        <source>%1 has already been called to counter %2.</source>
        <translation>Natawag na ang %1 sa counter %2.</translation>
    </message>
    <message>
        <source>%1 is already being served at counter %2.</source>
        <translation>Inaasikaso na ang %1 sa counter %2.</translation>
    </message>
    <message>
        <source>%1 is parked in the pool.</source>
        <translation>Naka-park sa pool ang %1.</translation>
    </message>
    <message>
        <source>%1 is no longer open.</source>
        <translation>Hindi na bukas ang %1.</translation>
    </message>
    <message>
        <source>The route of the visit does not fit its services: each step may wait only for other services of the visit.</source>
        <translation>Hindi tugma ang ruta ng pagbisita sa mga serbisyo nito: ang bawat hakbang ay maaari lamang maghintay sa ibang serbisyo ng parehong pagbisita.</translation>
    </message>
    <message>
        <source>%1 has no such step still to come.</source>
        <translation>Walang ganitong hakbang na natitira ang %1.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::StatusPage</name>
    <message>
        <source>Your ticket</source>
        <translation>Ang inyong tiket</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Ang inyong numero</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>Maghintay po hanggang tawagin ang inyong numero.</translation>
    </message>
    <message>
        <source>Your number is called. Please come now.</source>
        <translation>Tinawag na ang inyong numero. Pumunta na po ngayon.</translation>
    </message>
    <message>
        <source>You are being served.</source>
        <translation>Kayo ay kasalukuyang inaasikaso.</translation>
    </message>
    <message>
        <source>Please wait near the counters; staff will call you again.</source>
        <translation>Maghintay po malapit sa mga counter; tatawagin kayo ulit ng staff.</translation>
    </message>
    <message>
        <source>All your procedures are finished. Thank you.</source>
        <translation>Tapos na ang lahat ng inyong proseso. Salamat po.</translation>
    </message>
    <message>
        <source>This ticket was cancelled.</source>
        <translation>Kinansela ang tiket na ito.</translation>
    </message>
    <message>
        <source>You were called but not present. Please take a new ticket.</source>
        <translation>Tinawag kayo pero wala kayo. Kumuha po ng bagong tiket.</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>Pumunta sa: %1</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>Mga tao bago kayo: %1</translation>
    </message>
    <message>
        <source>Estimated wait: %1–%2 minutes (for reference only)</source>
        <translation>Tinatayang paghihintay: %1–%2 minuto (gabay lamang)</translation>
    </message>
    <message>
        <source>No wait estimate is available now.</source>
        <translation>Wala pang tantiya ng paghihintay ngayon.</translation>
    </message>
    <message>
        <source>Your procedures</source>
        <translation>Ang inyong mga proseso</translation>
    </message>
    <message>
        <source>This page updates by itself.</source>
        <translation>Kusang nag-a-update ang pahinang ito.</translation>
    </message>
    <message>
        <source>Connection lost; trying again…</source>
        <translation>Naputol ang koneksyon; sinusubukan ulit…</translation>
    </message>
    <message>
        <source>This page reloads every 30 seconds.</source>
        <translation>Nagre-reload ang pahinang ito tuwing 30 segundo.</translation>
    </message>
    <message>
        <source>Ticket not found</source>
        <translation>Hindi makita ang tiket</translation>
    </message>
    <message>
        <source>No ticket has this link. It may belong to an earlier day. Please ask at the reception.</source>
        <translation>Walang tiket para sa link na ito. Maaaring para ito sa nakaraang araw. Magtanong po sa reception.</translation>
    </message>
    <message>
        <source>Get a message when your turn is near</source>
        <translation>Makatanggap ng mensahe kapag malapit na ang inyong turno</translation>
    </message>
    <message>
        <source>We send one message when few people are ahead of you and one when you are called. You can leave the waiting room meanwhile.</source>
        <translation>Magpapadala kami ng isang mensahe kapag kaunti na lang ang nauuna sa inyo at isa kapag tinawag na kayo. Puwede kayong umalis sa waiting room habang naghihintay.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>Numero ng mobile phone</translation>
    </message>
    <message>
        <source>Send me a message</source>
        <translation>Padalhan ako ng mensahe</translation>
    </message>
    <message>
        <source>Done. We will send you a message when your turn is near.</source>
        <translation>Tapos na. Padadalhan namin kayo ng mensahe kapag malapit na ang inyong turno.</translation>
    </message>
    <message>
        <source>We cannot send to this address. Please check it and try again.</source>
        <translation>Hindi kami makapagpadala sa address na ito. Pakitingnan at subukan ulit.</translation>
    </message>
    <message>
        <source>This ticket cannot take more addresses.</source>
        <translation>Hindi na puwedeng magdagdag ng address sa tiket na ito.</translation>
    </message>
    <message>
        <source>Sorry, this did not work. Please try again or ask at the reception.</source>
        <translation>Paumanhin, hindi ito gumana. Subukan ulit o magtanong po sa reception.</translation>
    </message>
    <message>
        <source>You will be called at: %1 (%2)</source>
        <extracomment>Where a waiting visitor will be called: %1 is the service, %2 its counters (&quot;Counter 5, Counter 6&quot;)</extracomment>
        <translation>Tatawagin ka sa: %1 (%2)</translation>
    </message>
    <message>
        <source>You will be called at: %1</source>
        <extracomment>Where a waiting visitor will be called, when the service has more counters than fit on a line</extracomment>
        <translation>Tatawagin ka sa: %1</translation>
    </message>
</context>
<context>
    <name>Madoguchi::TicketText</name>
    <message>
        <source>Your number</source>
        <translation>Ang iyong numero</translation>
    </message>
    <message>
        <source>%1 (counter %2)</source>
        <translation>%1 (counter %2)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <extracomment>The issue time on a ticket, as a QDateTime format; Japanese: &quot;yyyy年M月d日 H:mm&quot;</extracomment>
        <translation>MM/dd/yyyy HH:mm</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Inilabas: %1</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>Mga nauuna sa iyo: %1</translation>
    </message>
    <message>
        <source>Estimated wait: %1–%2 min (for reference only)</source>
        <translation>Tinatayang paghihintay: %1–%2 min (sanggunian lamang)</translation>
    </message>
    <message>
        <source>Scan to follow your turn on your phone.</source>
        <translation>I-scan para masubaybayan ang iyong turno sa telepono.</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>Mangyaring maghintay hanggang tawagin ang iyong numero.</translation>
    </message>
    <message>
        <source>Reservation at %1</source>
        <translation>Reserbasyon nang %1</translation>
    </message>
    <message>
        <source>The clerk has your details: you will not need to write them.</source>
        <translation>Nasa kawani na ang inyong mga detalye: hindi na ninyo kailangang isulat ang mga ito.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>%1 of %2 digits entered</source>
        <extracomment>Read out instead of the digits: %1 digits of %2 entered</extracomment>
        <translation>Nai-type ang %1 sa %2 digit</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>The PIN pad&apos;s keys beside 0: delete the last digit, and confirm the PIN</extracomment>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <source>very crowded</source>
        <translation>napakasikip</translation>
    </message>
    <message>
        <source>crowded</source>
        <translation>masikip</translation>
    </message>
    <message>
        <source>some waiting</source>
        <translation>katamtaman</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>maluwag</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Mga pila</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Walang naghihintay.</translation>
    </message>
    <message>
        <source>Longest wait: %1 min (%2)</source>
        <extracomment>%1 minutes, %2 the service</extracomment>
        <translation>Pinakamatagal na paghihintay: %1 min (%2)</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 naghihintay</translation>
    </message>
    <message>
        <source>longest %1 min</source>
        <extracomment>The one-stop visits on their way to this service from another counter, with what they bring</extracomment>
        <translation>pinakamatagal %1 min</translation>
    </message>
    <message>
        <source>parked: %1</source>
        <translation>ipinagpaliban: %1</translation>
    </message>
    <message>
        <source>coming: %1</source>
        <translation>paparating: %1</translation>
    </message>
</context>
<context>
    <name>ReservationPage</name>
    <message>
        <source>Check in your reservation</source>
        <translation>Mag-check in ng reserbasyon</translation>
    </message>
    <message>
        <source>Hold the QR code of your reservation (on paper or on your phone) under the reader.</source>
        <translation>Itapat ang QR code ng iyong reserbasyon (sa papel o sa telepono) sa ilalim ng reader.</translation>
    </message>
    <message>
        <source>Or type the code of your reservation:</source>
        <translation>O i-type ang code ng iyong reserbasyon:</translation>
    </message>
    <message>
        <source>Code typed so far: %1</source>
        <translation>Code na na-type: %1</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Mag-check in</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Bumalik</translation>
    </message>
    <message>
        <source>Delete one</source>
        <extracomment>Deletes the last character typed</extracomment>
        <translation>Burahin ang isa</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>Deletes everything typed</extracomment>
        <translation>Burahin lahat</translation>
    </message>
    <message>
        <source>Type all 8 characters</source>
        <extracomment>Why &quot;Check in&quot; cannot be pressed yet</extracomment>
        <translation>I-type ang lahat ng 8 character</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>People waiting: %1</source>
        <translation>Naghihintay: %1</translation>
    </message>
</context>
<context>
    <name>ServicePages</name>
    <message>
        <source>%1 / %2</source>
        <extracomment>The board&apos;s page of services, when they do not all fit: %1 of %2</extracomment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>Which procedure are you here for?</source>
        <translation>Anong proseso ang inyong sadya?</translation>
    </message>
    <message>
        <source>The office is closed now. Please come back during opening hours.</source>
        <translation>Sarado na ang tanggapan ngayon. Bumalik po sa oras ng pagtanggap.</translation>
    </message>
    <message>
        <source>I have a reservation</source>
        <translation>May reserbasyon ako</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <extracomment>The first line of the idle kiosk: %1 is the office&apos;s name</extracomment>
        <translation>Maligayang pagdating sa %1</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>Nandiyan pa po ba kayo?</translation>
    </message>
    <message>
        <source>The kiosk returns to the start in %1 s. Touch “Continue” to go on.</source>
        <translation>Babalik ang kiosk sa simula sa loob ng %1 segundo. Pindutin ang “Ituloy” para magpatuloy.</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>Keeps the kiosk on the visitor&apos;s screen when asked &quot;Are you still there?&quot;</extracomment>
        <translation>Ituloy</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Your number</source>
        <translation>Ang inyong numero</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>Nauuna sa inyo: %1</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Pini-print ang inyong tiket…</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>Kunin po ang inyong tiket.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tapos</translation>
    </message>
    <message>
        <source>QR code of your status page</source>
        <translation>QR code ng inyong status page</translation>
    </message>
    <message>
        <source>Scan with your phone to see your turn coming.</source>
        <translation>I-scan gamit ang inyong telepono para makita kung malapit na ang inyong turno.</translation>
    </message>
    <message>
        <source>Please have these ready:</source>
        <translation>Ihanda ang mga ito:</translation>
    </message>
    <message>
        <source>Please wait in the waiting area until the board calls your number.</source>
        <translation>Maghintay po sa waiting area hanggang tawagin ng board ang inyong numero.</translation>
    </message>
    <message>
        <source>See your turn on your phone</source>
        <translation>Tingnan ang inyong turno sa telepono</translation>
    </message>
    <message>
        <source>Back to the start in %1 s</source>
        <extracomment>How long until the kiosk shows its first screen again</extracomment>
        <translation>Babalik sa simula sa loob ng %1 segundo</translation>
    </message>
    <message>
        <source>The clerk has your details: you will not need to write them.</source>
        <translation>Nasa kawani na ang inyong mga detalye: hindi na ninyo kailangang isulat ang mga ito.</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <source>Try again</source>
        <translation>Subukang muli</translation>
    </message>
</context>
<context>
    <name>VisitPane</name>
    <message>
        <source>later</source>
        <translation>mamaya</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>naghihintay</translation>
    </message>
    <message>
        <source>called</source>
        <translation>tinawag</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>pinagsisilbihan</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>ipinagpaliban</translation>
    </message>
    <message>
        <source>done</source>
        <translation>tapos</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>hindi dumating</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>inilipat</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>kinansela</translation>
    </message>
    <message>
        <source>No visitor at this counter.</source>
        <translation>Walang bisita sa counter na ito.</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Pinagsisilbihan</translation>
    </message>
    <message>
        <source>Called, not yet here</source>
        <translation>Tinawag, wala pa</translation>
    </message>
    <message>
        <source>Why this visitor: %1</source>
        <translation>Bakit siya tinawag: %1</translation>
    </message>
</context>
</TS>

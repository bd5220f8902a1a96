<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AssistanceCalls</name>
    <message>
        <source>A visitor at the kiosk “%1” asks for a clerk (%2, since %3).</source>
        <translation>はっけんき「%1」で おきゃくさんが しょくいんを よんで います（%2、%3から）。</translation>
    </message>
    <message>
        <source>I&apos;ll go</source>
        <translation>いきます</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>Display board — Madoguchi</source>
        <extracomment>The display board window&apos;s title</extracomment>
        <translation>ばんごうを よぶ がめん — Madoguchi</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Read your My Number card instead of writing?</source>
        <translation>かく かわりに マイナンバーカードを よみとりますか？</translation>
    </message>
    <message>
        <source>Place your My Number card on the reader</source>
        <translation>マイナンバーカードを よみとりきに おいて ください</translation>
    </message>
    <message>
        <source>Only one PIN try is left</source>
        <translation>あんしょう ばんごうは あと 1かいだけ いれられます</translation>
    </message>
    <message>
        <source>Enter your card&apos;s 4-digit PIN</source>
        <translation>カードの あんしょう ばんごう（すうじ 4けた）を いれて ください</translation>
    </message>
    <message>
        <source>Your card has been read</source>
        <translation>カードを よみとりました</translation>
    </message>
    <message>
        <source>The PIN of this card is locked</source>
        <translation>この カードの あんしょう ばんごうは ロック されて います</translation>
    </message>
    <message>
        <source>The card reader cannot be used now</source>
        <translation>いま カードの よみとりきは つかえません</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>カードを よみとって います…</translation>
    </message>
    <message>
        <source>The kiosk reads the name, address, date of birth and sex on your card and gives them to the clerk, who fills in your forms. Your individual number is not read. The details are deleted at the end of the day. You need the card&apos;s 4-digit PIN.</source>
        <translation>この きかいは カードの なまえ、じゅうしょ、うまれた ひ、せいべつを よみとって、しょくいんに わたします。しょるいは しょくいんが かきます。こじん ばんごう（マイナンバー）は よみとりません。よみとった じょうほうは その ひの おわりに けします。カードの あんしょう ばんごう（すうじ 4けた）が いります。</translation>
    </message>
    <message>
        <source>The reader is below the screen. Leave the card there until the screen says it has been read.</source>
        <translation>よみとりきは がめんの したに あります。がめんに「カードを よみとりました」と でるまで、カードを おいた ままに して ください。</translation>
    </message>
    <message>
        <source>If this PIN is wrong too, the card is locked and must be reset at the municipal office. If you are not sure of the PIN, take a ticket without the card: the clerk will help you.</source>
        <translation>こんども あんしょう ばんごうが ちがうと、カードが ロック されます。そう なると、やくしょの まどぐちで なおす ひつようが あります。あんしょう ばんごうが よく わからない ときは、カードを つかわないで ばんごうの かみを とって ください。しょくいんが てつだいます。</translation>
    </message>
    <message>
        <source>The digits are not shown on the screen. Tries left: %1</source>
        <translation>すうじは がめんに でません。のこり：%1かい</translation>
    </message>
    <message>
        <source>Please take your card with you. Your ticket is coming.</source>
        <translation>カードを わすれないで とって ください。ばんごうの かみは もうすぐ でます。</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly too many times. It can be reset at the My Number card counter of the municipal office with the card. You can still take a ticket now: the clerk will help you with the forms.</source>
        <translation>あんしょう ばんごうを なんども まちがえたので、ロック されました。カードを もって やくしょの マイナンバーカードの まどぐちに いくと、なおせます。いまも ばんごうの かみは とれます。しょるいは しょくいんが てつだいます。</translation>
    </message>
    <message>
        <source>Please take a ticket: the clerk will enter your details.</source>
        <translation>ばんごうの かみを とって ください。あなたの じょうほうは しょくいんが いれます。</translation>
    </message>
    <message>
        <source>Please do not move the card.</source>
        <translation>カードを うごかさないで ください。</translation>
    </message>
    <message>
        <source>Read my card</source>
        <translation>カードを よみとる</translation>
    </message>
    <message>
        <source>I am sure of my PIN</source>
        <translation>あんしょう ばんごうは わかります</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>ばんごうの かみを とる</translation>
    </message>
    <message>
        <source>No, just a ticket</source>
        <translation>いいえ、ばんごうの かみだけ とる</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>もどる</translation>
    </message>
    <message>
        <source>The name, address, date of birth and sex on your card are read for your forms, and your individual number for the forms that need it by law: it is printed on them and not kept. The details are deleted at the end of the day. You need the card&apos;s 4-digit PIN.</source>
        <translation>カードの なまえ、じゅうしょ、うまれた ひ、せいべつを しょるいの ために よみとります。ほうりつで ひつような しょるいには こじん ばんごう（マイナンバー）も よみとります。こじん ばんごうは しょるいに いんさつ する だけで、のこしません。よみとった じょうほうは その ひの おわりに けします。カードの あんしょう ばんごう（すうじ 4けた）が いります。</translation>
    </message>
    <message>
        <source>The name, address, date of birth and sex on your card are read for your forms. Your individual number is not read. The details are deleted at the end of the day. You need the card&apos;s 4-digit PIN.</source>
        <translation>カードの なまえ、じゅうしょ、うまれた ひ、せいべつを しょるいの ために よみとります。こじん ばんごう（マイナンバー）は よみとりません。よみとった じょうほうは その ひの おわりに けします。カードの あんしょう ばんごう（すうじ 4けた）が いります。</translation>
    </message>
    <message>
        <source>Please take your card with you.</source>
        <translation>カードを わすれないで とって ください。</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly too many times. It can be reset at the My Number card counter of the municipal office with the card.</source>
        <translation>あんしょう ばんごうを なんども まちがえたので、ロック されました。カードを もって やくしょの マイナンバーカードの まどぐちに いくと、なおせます。</translation>
    </message>
    <message>
        <source>The card reader is not connected, or the smart card service is not running.</source>
        <translation>カードの よみとりきが つながって いないか、スマートカードの サービスが うごいて いません。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>とじる</translation>
    </message>
    <message>
        <source>Do not read the card</source>
        <translation>カードを よみとらない</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <source>Counter %1 — %2</source>
        <translation>%1ばん まどぐち — %2</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>つぎの ひとを よぶ</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>もう いちど よぶ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>はじめる</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>おわる</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>こなかった</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>あとで</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>やすむ</translation>
    </message>
    <message>
        <source>Number, e.g. A-023</source>
        <translation>ばんごう（れい：A-023）</translation>
    </message>
    <message>
        <source>Call this number</source>
        <translation>この ばんごうを よぶ</translation>
    </message>
    <message>
        <source>Unpark</source>
        <translation>あとでを やめる</translation>
    </message>
    <message>
        <source>Service to transfer to</source>
        <translation>つぎの てつづき</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>ほかの まどぐちへ</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>the counter&apos;s status</comment>
        <translation>あいて います</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>the counter&apos;s status</comment>
        <translation>やすみ</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>the counter&apos;s status</comment>
        <translation>しまって います</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>action: open the counter</comment>
        <translation>あける</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>action: close the counter for the day</comment>
        <translation>しめる</translation>
    </message>
    <message>
        <source>Outcome (optional), recorded with Finish</source>
        <extracomment>What came of the visit, recorded with Finish (F4), e.g. &quot;certificate issued&quot;</extracomment>
        <translation>けっか（かかなくても よい。「おわる」で きろく）</translation>
    </message>
    <message>
        <source>Counter %1 — counter console</source>
        <extracomment>The console window&apos;s title: %1 is the counter&apos;s number</extracomment>
        <translation>%1ばん まどぐち — まどぐちの きかい</translation>
    </message>
    <message>
        <source>Close counter %1 for the day? Waiting visitors stay in the queue.</source>
        <translation>%1ばん まどぐちを きょうは しめますか？ まって いる ひとは その まま じゅんばんを まちます。</translation>
    </message>
    <message>
        <source>Pause counter %1? No one is called here until it is opened again.</source>
        <translation>%1ばん まどぐちを やすみに しますか？ また あけるまで、ここでは だれも よびません。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Keeps the counter as it is instead of pausing or closing it</extracomment>
        <translation>やめる</translation>
    </message>
    <message>
        <source>Queue and actions</source>
        <translation>じゅんばんと そうさ</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>しょるい</translation>
    </message>
</context>
<context>
    <name>DemoDevicesWindow</name>
    <message>
        <source>Simulated devices</source>
        <translation>れんしゅうようの きかい</translation>
    </message>
    <message>
        <source>Scanner: hold a reservation&apos;s code to the kiosk</source>
        <translation>スキャナー：よやくの コードを はっけんきに かざす</translation>
    </message>
    <message>
        <source>%1 %2 — code %3</source>
        <translation>%1 %2 — コード %3</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>よみとる</translation>
    </message>
    <message>
        <source>Printer: the last ticket</source>
        <translation>プリンター：さいごの ばんごうの かみ</translation>
    </message>
    <message>
        <source>Paper out</source>
        <translation>かみが ない</translation>
    </message>
    <message>
        <source>No ticket printed yet.</source>
        <translation>まだ ばんごうの かみは でて いません。</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Card reader: place a My Number card (PIN 1234)</source>
        <translation>カードの よみとりき：マイナンバーカードを おく（あんしょう ばんごう 1234）</translation>
    </message>
    <message>
        <source>Lift the card</source>
        <translation>カードを とる</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>おく</translation>
    </message>
    <message>
        <source>One try left</source>
        <translation>のこり 1かい</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>ロック</translation>
    </message>
    <message>
        <source>Place a transit IC card</source>
        <translation>でんしゃの ICカードを おく</translation>
    </message>
</context>
<context>
    <name>FormsPane</name>
    <message>
        <source>Forms of %1</source>
        <translation>%1の しょるい</translation>
    </message>
    <message>
        <source>No visit at the counter</source>
        <translation>まどぐちに ひとが いません</translation>
    </message>
    <message>
        <source>In the visit · printed</source>
        <translation>つかう・いんさつ した</translation>
    </message>
    <message>
        <source>In the visit</source>
        <translation>つかう</translation>
    </message>
    <message>
        <source>Not in the visit</source>
        <translation>つかわない</translation>
    </message>
    <message>
        <source>Signed</source>
        <extracomment>The visitor has checked and signed the form</extracomment>
        <translation>サイン した</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Read the My Number card</source>
        <translation>マイナンバーカードを よみとる</translation>
    </message>
    <message>
        <source>Print all forms</source>
        <translation>しょるいを ぜんぶ いんさつ</translation>
    </message>
    <message>
        <source>Empty boxes stay empty on paper</source>
        <translation>かいて いない ところは かみでも あいた ままです</translation>
    </message>
    <message>
        <source>Details for the forms</source>
        <translation>しょるいに かく こと</translation>
    </message>
    <message>
        <source>%1 missing, %2 to choose</source>
        <translation>たりない もの %1こ、えらぶ もの %2こ</translation>
    </message>
    <message>
        <source>Add a household member</source>
        <translation>せたいの ひとを ふやす</translation>
    </message>
    <message>
        <source>Preview of the form as it will print</source>
        <translation>いんさつ される しょるいの みほん</translation>
    </message>
    <message>
        <source>Sources disagree: choose</source>
        <translation>じょうほうが ちがいます：えらんで ください</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>たりない</translation>
    </message>
    <message>
        <source>外字: the fonts lack a character; write it by hand</source>
        <translation>外字：いんさつ できない もじが あります。てで かいて ください</translation>
    </message>
    <message>
        <source>Type it once for every form</source>
        <translation>いちど かくと、ぜんぶの しょるいに はいります</translation>
    </message>
    <message>
        <source>個人番号 from the card</source>
        <translation>こじん ばんごうは カードから</translation>
    </message>
    <message>
        <source>個人番号: read the card</source>
        <translation>こじん ばんごう：カードを よみとって ください</translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <source>Large text</source>
        <extracomment>Switch for large text; keep it short</extracomment>
        <translation>もじを おおきく</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>Switch for black-and-yellow high-contrast colours; keep it short</extracomment>
        <translation>みやすい いろ</translation>
    </message>
    <message>
        <source>Voice guidance</source>
        <extracomment>Switch for reading each screen aloud; keep it short</extracomment>
        <translation>こえの あんない</translation>
    </message>
    <message>
        <source>Low screen</source>
        <extracomment>Switch that moves every control to the lower part of the screen, within reach from a wheelchair; keep it short</extracomment>
        <translation>ひくい がめん</translation>
    </message>
    <message>
        <source>Call a clerk</source>
        <translation>しょくいんを よぶ</translation>
    </message>
    <message>
        <source>Called</source>
        <extracomment>Under &quot;Call a clerk&quot; once it was pressed</extracomment>
        <translation>よびました</translation>
    </message>
    <message>
        <source>On</source>
        <extracomment>The state of a switch in the kiosk&apos;s header</extracomment>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>A clerk has been called and will come to you. Please wait here.</source>
        <translation>しょくいんを よびました。ここで まって ください。</translation>
    </message>
    <message>
        <source>%1 — ticket kiosk</source>
        <extracomment>The kiosk window&apos;s title: %1 is the office&apos;s name</extracomment>
        <translation>%1 — ばんごうの かみを だす きかい</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>まだ つかって いますか？</translation>
    </message>
    <message>
        <source>Choose your language below.</source>
        <translation>したから ことばを えらんで ください。</translation>
    </message>
    <message>
        <source>Hold your reservation&apos;s QR code under the reader, or type its code below.</source>
        <translation>よやくの QRコードを よみとりきに かざして ください。または したで コードを いれて ください。</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>ばんごうの かみを とって ください。</translation>
    </message>
    <message>
        <source>Your number: %1</source>
        <translation>あなたの ばんごう：%1</translation>
    </message>
    <message>
        <source>Touch your procedure below.</source>
        <translation>したから てつづきを えらんで ください。</translation>
    </message>
    <message>
        <source>The office is closed now.</source>
        <translation>いまは やすみの じかんです。</translation>
    </message>
    <message>
        <source>Place your card on the reader.</source>
        <translation>カードを よみとりきに おいて ください。</translation>
    </message>
    <message>
        <source>Enter your PIN below.</source>
        <translation>したで あんしょう ばんごうを いれて ください。</translation>
    </message>
    <message>
        <source>Only one PIN try is left.</source>
        <translation>あんしょう ばんごうは あと 1かいだけ いれられます。</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked.</source>
        <translation>カードの あんしょう ばんごうは ロック されて います。</translation>
    </message>
    <message>
        <source>Read your card instead of writing?</source>
        <translation>かく かわりに カードを よみとりますか？</translation>
    </message>
    <message>
        <source>Please wait. Do not move the card.</source>
        <translation>まって ください。カードを うごかさないで ください。</translation>
    </message>
    <message>
        <source>Please take your My Number card from the reader.</source>
        <translation>マイナンバーカードを よみとりきから とって ください。</translation>
    </message>
    <message>
        <source>Please take your card.</source>
        <translation>カードを とって ください。</translation>
    </message>
    <message>
        <source>The card reader cannot be used now.</source>
        <translation>いま カードの よみとりきは つかえません。</translation>
    </message>
</context>
<context>
    <name>LoginPane</name>
    <message>
        <source>Counter %1: staff login</source>
        <translation>%1ばん まどぐち：しょくいんの ログイン</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>ログイン</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Appointment</name>
    <message>
        <source>This service does not take reservations at that time.</source>
        <translation>この てつづきは、その じかんには よやく できません。</translation>
    </message>
    <message>
        <source>That time has already begun. Please choose a later time.</source>
        <translation>その じかんは もう はじまって います。あとの じかんを えらんで ください。</translation>
    </message>
    <message>
        <source>That time is fully booked. Please choose another time.</source>
        <translation>その じかんは よやくで いっぱいです。ほかの じかんを えらんで ください。</translation>
    </message>
    <message>
        <source>There is no reservation with this code. Please check the code, or take a ticket.</source>
        <translation>この コードの よやくは ありません。コードを みて ください。または ばんごうの かみを とって ください。</translation>
    </message>
    <message>
        <source>This reservation was cancelled. Please take a ticket.</source>
        <translation>この よやくは とりけされました。ばんごうの かみを とって ください。</translation>
    </message>
    <message>
        <source>Your reservation is on %1 at %2. Please come on that day.</source>
        <translation>あなたの よやくは %1の %2です。その ひに きて ください。</translation>
    </message>
    <message>
        <source>Your reservation is at %1. Please check in from %2.</source>
        <translation>あなたの よやくは %1です。%2から うけつけ できます。</translation>
    </message>
    <message>
        <source>The time of your reservation (%1) has passed. Please take a ticket.</source>
        <translation>よやくの じかん（%1）が すぎました。ばんごうの かみを とって ください。</translation>
    </message>
    <message>
        <source>This reservation has already checked in.</source>
        <translation>この よやくは もう うけつけ しました。</translation>
    </message>
    <message>
        <source>The reservation could not be saved. Please try again.</source>
        <translation>よやくを ほぞん できませんでした。もう いちど やって ください。</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Board</name>
    <message>
        <source>Now calling</source>
        <translation>いま よんで いる ばんごう</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1ばんの まどぐち</translation>
    </message>
    <message>
        <source>Called before</source>
        <translation>まえに よんだ ばんごう</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>いま まって いる ひと</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1にん まって います</translation>
    </message>
    <message>
        <source>Few waiting</source>
        <translation>すいて います</translation>
    </message>
    <message>
        <source>Some waiting</source>
        <translation>すこし こんで います</translation>
    </message>
    <message>
        <source>Many waiting</source>
        <translation>こんで います</translation>
    </message>
    <message>
        <source>Very crowded</source>
        <translation>とても こんで います</translation>
    </message>
    <message>
        <source>Number %1, please come to counter %2.</source>
        <extracomment>A call spoken on the display board by a speech synthesizer; for Japanese write it in kana only, the synthesizer cannot read kanji.</extracomment>
        <translation>ばんごう %1 の ひと、%2 ばんの まどぐちへ きて ください。</translation>
    </message>
    <message>
        <source>This board has lost its connection to the office. Please listen for your number or ask at the reception.</source>
        <translation>この がめんは いま つながって いません。ばんごうを よぶ こえを きいて ください。わからない ときは うけつけで きいて ください。</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Card</name>
    <message>
        <source>The PIN is not right. Please enter it again.</source>
        <translation>あんしょう ばんごうが ちがいます。もう いちど いれて ください。</translation>
    </message>
    <message>
        <source>This card is not a My Number card. Please place your My Number card on the reader.</source>
        <translation>この カードは マイナンバーカードでは ありません。マイナンバーカードを よみとりきに おいて ください。</translation>
    </message>
    <message>
        <source>The card was moved before the reading finished. Please place it again and leave it there until the screen says it has been read.</source>
        <translation>よみとりが おわる まえに カードが うごきました。もう いちど おいて ください。がめんに「カードを よみとりました」と でるまで、うごかさないで ください。</translation>
    </message>
    <message>
        <source>The card could not be read. Please place it again and keep it still.</source>
        <translation>カードを よみとれませんでした。もう いちど おいて、うごかさないで ください。</translation>
    </message>
    <message>
        <source>The card was taken off the reader. Please place it again and leave it there: the PIN is asked once it is read.</source>
        <translation>カードが よみとりきから はなれました。もう いちど おいて、その ままに して ください。よみとった あとで、あんしょう ばんごうを いれます。</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Counter</name>
    <message>
        <source>The counter is open</source>
        <translation>まどぐちは あいて います</translation>
    </message>
    <message>
        <source>The counter is closed</source>
        <translation>まどぐちは しまって います</translation>
    </message>
    <message>
        <source>Open the counter first (F9)</source>
        <translation>さきに まどぐちを あけて ください（F9）</translation>
    </message>
    <message>
        <source>The counter is paused</source>
        <translation>まどぐちは やすみです</translation>
    </message>
    <message>
        <source>Paused: open it to go on (F9)</source>
        <translation>やすみです。つづける ときは あけて ください（F9）</translation>
    </message>
    <message>
        <source>A visitor is at the counter</source>
        <translation>たいおう ちゅう</translation>
    </message>
    <message>
        <source>Already serving</source>
        <translation>もう たいおう ちゅう</translation>
    </message>
    <message>
        <source>No visitor has been called</source>
        <translation>よんだ ひとが いない</translation>
    </message>
    <message>
        <source>Start serving first (F3)</source>
        <translation>さきに はじめる（F3）</translation>
    </message>
    <message>
        <source>No visitor is being served</source>
        <translation>たいおう して いない</translation>
    </message>
    <message>
        <source>My Number card</source>
        <translation>マイナンバーカード</translation>
    </message>
    <message>
        <source>Pre-application</source>
        <translation>いえで いれた じょうほう</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>しょくいん</translation>
    </message>
    <message>
        <source>The card has been read. Please give it back to the visitor.</source>
        <translation>カードを よみとりました。カードを おきゃくさんに かえして ください。</translation>
    </message>
    <message>
        <source>The pre-application has been read.</source>
        <translation>いえで いれた じょうほうを よみとりました。</translation>
    </message>
    <message>
        <source>%1 (household member %2)</source>
        <translation>%1（せたいの ひと %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) printed: the visitor checks them and signs.</source>
        <translation>
            <numerusform>しょるいを %nまい いんさつ しました。おきゃくさんに みて もらって、サインを もらって ください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) the fonts lack are left as boxes: write them by hand.</source>
        <translation>
            <numerusform>いんさつ できない もじ %nこは □に なって います。てで かいて ください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Madoguchi::Field</name>
    <message>
        <source>Family name</source>
        <extracomment>A field of the visitor&apos;s profile and the forms: 氏 (surname)</extracomment>
        <translation>みょうじ（氏）</translation>
    </message>
    <message>
        <source>Given name</source>
        <extracomment>A field of the visitor&apos;s profile and the forms: 名 (given name)</extracomment>
        <translation>なまえ（名）</translation>
    </message>
    <message>
        <source>Family name (reading)</source>
        <extracomment>A field: the reading of the family name in katakana (フリガナ)</extracomment>
        <translation>みょうじの よみかた（フリガナ）</translation>
    </message>
    <message>
        <source>Given name (reading)</source>
        <extracomment>A field: the reading of the given name in katakana (フリガナ)</extracomment>
        <translation>なまえの よみかた（フリガナ）</translation>
    </message>
    <message>
        <source>Former surname</source>
        <extracomment>A field: 旧氏, a former surname a resident asked to have recorded (e.g. a maiden name)</extracomment>
        <translation>まえの みょうじ（旧氏）</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <extracomment>A field: 生年月日</extracomment>
        <translation>うまれた ひ（生年月日）</translation>
    </message>
    <message>
        <source>Sex</source>
        <extracomment>A field: 性別, as the resident register records it</extracomment>
        <translation>せいべつ（性別）</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>おとこ（男）</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>おんな（女）</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <extracomment>A value of the field Sex: ISO 5218 code 9, as some records hold it</extracomment>
        <translation>あてはまらない</translation>
    </message>
    <message>
        <source>Relationship to the head of household</source>
        <extracomment>A field: 続柄, the person&apos;s relationship to the head of household (e.g. 妻, 子)</extracomment>
        <translation>せたいぬしとの かんけい（続柄）</translation>
    </message>
    <message>
        <source>Nationality or region</source>
        <extracomment>A field for foreign residents: 国籍・地域</extracomment>
        <translation>こくせき・ちいき（国籍・地域）</translation>
    </message>
    <message>
        <source>Status of residence</source>
        <extracomment>A field for foreign residents: 在留資格 (e.g. 永住者, 技術・人文知識・国際業務)</extracomment>
        <translation>ざいりゅう しかく（在留資格）</translation>
    </message>
    <message>
        <source>Period of stay ends</source>
        <extracomment>A field for foreign residents: 在留期間の満了日</extracomment>
        <translation>ざいりゅう きかんが おわる ひ</translation>
    </message>
    <message>
        <source>Residence card number</source>
        <extracomment>A field for foreign residents: 在留カード番号 (12 characters, e.g. AB12345678CD)</extracomment>
        <translation>ざいりゅうカードの ばんごう</translation>
    </message>
    <message>
        <source>Postal code</source>
        <extracomment>A field: 郵便番号</extracomment>
        <translation>ゆうびん ばんごう（郵便番号）</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>A field: 住所, the address the visitor lives at (or moves to)</extracomment>
        <translation>じゅうしょ（住所）</translation>
    </message>
    <message>
        <source>Building and room</source>
        <extracomment>A field: 方書, the building&apos;s name and the room number after the address</extracomment>
        <translation>たてものの なまえと へやの ばんごう（方書）</translation>
    </message>
    <message>
        <source>Telephone</source>
        <extracomment>A field: 電話番号, a number to reach the visitor during the day</extracomment>
        <translation>でんわ ばんごう</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>A field: メールアドレス</extracomment>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Head of household</source>
        <extracomment>A field: 世帯主, the name of the head of household</extracomment>
        <translation>せたいぬし（世帯主）</translation>
    </message>
    <message>
        <source>Registered domicile</source>
        <extracomment>A field: 本籍, the registered domicile of a Japanese national&apos;s family register</extracomment>
        <translation>ほんせき（本籍）</translation>
    </message>
    <message>
        <source>Head of the family register</source>
        <extracomment>A field: 筆頭者, the person at the head of the family register</extracomment>
        <translation>ひっとうしゃ（筆頭者）</translation>
    </message>
    <message>
        <source>Date of the move</source>
        <extracomment>A field: 異動日, the day of moving in, out or within the city</extracomment>
        <translation>ひっこした ひ（異動日）</translation>
    </message>
    <message>
        <source>Previous address</source>
        <extracomment>A field: 従前の住所, the address before the move</extracomment>
        <translation>まえの じゅうしょ（従前の住所）</translation>
    </message>
    <message>
        <source>Previous head of household</source>
        <extracomment>A field: the head of household at the address before the move (前住所の世帯主)</extracomment>
        <translation>まえの じゅうしょの せたいぬし</translation>
    </message>
    <message>
        <source>Address moving to</source>
        <extracomment>A field: 転出先, the address the visitor moves to outside the city</extracomment>
        <translation>ひっこす さきの じゅうしょ（転出先）</translation>
    </message>
    <message>
        <source>Occupation</source>
        <extracomment>A field: 職業 (the claimant&apos;s occupation, on a child-allowance claim)</extracomment>
        <translation>しごと（職業）</translation>
    </message>
    <message>
        <source>Bank</source>
        <extracomment>A field: 金融機関名, the bank an allowance is paid into</extracomment>
        <translation>ぎんこう（金融機関）</translation>
    </message>
    <message>
        <source>Branch</source>
        <extracomment>A field: 支店名, the bank&apos;s branch</extracomment>
        <translation>してん（支店）</translation>
    </message>
    <message>
        <source>Account type</source>
        <extracomment>A field: 預金種目, the kind of bank account</extracomment>
        <translation>こうざの しゅるい（預金種目）</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <extracomment>A kind of bank account: 普通</extracomment>
        <translation>ふつう（普通）</translation>
    </message>
    <message>
        <source>Current</source>
        <extracomment>A kind of bank account: 当座</extracomment>
        <translation>とうざ（当座）</translation>
    </message>
    <message>
        <source>Account number</source>
        <extracomment>A field: 口座番号 (7 digits in Japan)</extracomment>
        <translation>こうざ ばんごう（口座番号）</translation>
    </message>
    <message>
        <source>Account holder (reading)</source>
        <extracomment>A field: 口座名義 (カナ), the account holder&apos;s name as the bank writes it, in katakana</extracomment>
        <translation>こうざの なまえの よみかた（口座名義）</translation>
    </message>
    <message>
        <source>This field is empty.</source>
        <translation>なにも かいて いません。</translation>
    </message>
    <message>
        <source>This is longer than the form has room for (%1 characters).</source>
        <translation>ながすぎます。%1もじ までです。</translation>
    </message>
    <message>
        <source>A name has no digits or symbols.</source>
        <translation>なまえに すうじや きごうは つかえません。</translation>
    </message>
    <message>
        <source>Write the reading in katakana or hiragana.</source>
        <translation>よみかたは カタカナか ひらがなで かいて ください。</translation>
    </message>
    <message>
        <source>This holds characters that cannot be printed.</source>
        <translation>いんさつ できない もじが あります。</translation>
    </message>
    <message>
        <source>This is not a date that exists. Write it as 1990-04-01 or 平成2年4月1日.</source>
        <translation>この ひにちは ありません。1990-04-01 や 平成2年4月1日 のように かいて ください。</translation>
    </message>
    <message>
        <source>Choose one of the answers offered.</source>
        <translation>こたえを えらんで ください。</translation>
    </message>
    <message>
        <source>A postal code has 7 digits, as 123-4567.</source>
        <translation>ゆうびん ばんごうは 123-4567 のように 7けたです。</translation>
    </message>
    <message>
        <source>A telephone number has 10 or 11 digits starting with 0, or starts with + and the country code.</source>
        <translation>でんわ ばんごうは 0で はじまる 10けたか 11けた、または + と くにの ばんごうで はじまります。</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>メールアドレスでは ありません。</translation>
    </message>
    <message>
        <source>A residence card number is 2 letters, 8 digits and 2 letters, as AB12345678CD.</source>
        <translation>ざいりゅうカードの ばんごうは AB12345678CD のように、えいじ 2もじ・すうじ 8けた・えいじ 2もじです。</translation>
    </message>
    <message>
        <source>Write %1 digits.</source>
        <translation>すうじを %1けた かいて ください。</translation>
    </message>
    <message>
        <source>There is no such field.</source>
        <translation>この こうもくは ありません。</translation>
    </message>
    <message>
        <source>There is no such person in this household.</source>
        <translation>この せたいに その ひとは いません。</translation>
    </message>
    <message>
        <source>A value must be written as text.</source>
        <translation>もじで かいて ください。</translation>
    </message>
    <message>
        <source>The household members are a list of at most %1 people.</source>
        <translation>せたいの ひとは %1にん までです。</translation>
    </message>
    <message>
        <source>A household member is an object of fields.</source>
        <translation>せたいの ひとは こうもくの まとまりで かいて ください。</translation>
    </message>
    <message>
        <source>The stored profile of this visit cannot be opened (another key, or damaged).</source>
        <translation>ほぞんした じょうほうを ひらけません（かぎが ちがうか、こわれています）。</translation>
    </message>
    <message>
        <source>That source gave no value for this field.</source>
        <translation>そこからは この こうもくの じょうほうが ありません。</translation>
    </message>
</context>
<context>
    <name>Madoguchi::GuidePage</name>
    <message>
        <source>What is happening in your life?</source>
        <translation>どんな ことが ありますか？</translation>
    </message>
    <message>
        <source>Choose one: a few questions follow, then the procedures for you, in the order to do them.</source>
        <translation>ひとつ えらんで ください。つぎに いくつか しつもんが あります。そのあと、あなたの てつづきを、する じゅんばんに みせます。</translation>
    </message>
    <message>
        <source>I know what I need: choose the procedures myself</source>
        <translation>てつづきが わかる ひと：じぶんで えらぶ</translation>
    </message>
    <message>
        <source>Choose your procedures</source>
        <translation>てつづきを えらんで ください</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>しつもん %1 / %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>もどる</translation>
    </message>
    <message>
        <source>What to do, in this order</source>
        <translation>この じゅんばんで てつづきを して ください</translation>
    </message>
    <message>
        <source>Your answers call for no procedure. Please go back and check them.</source>
        <translation>する てつづきは ありません。もどって、こたえを たしかめて ください。</translation>
    </message>
    <message>
        <source>Counters %1</source>
        <translation>まどぐち %1</translation>
    </message>
    <message>
        <source>Bring:</source>
        <translation>もって くる もの：</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>はらう おかね：%1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>むりょう（0えん）</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1えん</translation>
    </message>
    <message>
        <source>About %1 min at the counter</source>
        <translation>まどぐちで だいたい %1ふん</translation>
    </message>
    <message>
        <source>Online instead: %1</source>
        <translation>インターネットで する とき：%1</translation>
    </message>
    <message>
        <source>Fees together: %1. About %2 min at the counters.</source>
        <translation>はらう おかね（ぜんぶ）：%1。まどぐちの じかん（ぜんぶ）：だいたい %2ふん。</translation>
    </message>
    <message>
        <source>Next: fill in your details once</source>
        <translation>つぎへ：じょうほうを いちど だけ いれる</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>この てつづきが いる ひと：%1</translation>
    </message>
    <message>
        <source>Everyone with this life event</source>
        <translation>この ことが ある ひと みんな</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>In a condition: a question and the answer that makes it hold (&quot;Do you have a car? — Yes&quot;)</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 — not %2</source>
        <extracomment>In a condition: a question and the answer that must not be given</extracomment>
        <translation>%1 → %2 いがい</translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation>%1、そして %2</translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <translation>%1、または %2</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation>（%1）に あてはまらない</translation>
    </message>
    <message>
        <source>Life events and their procedures</source>
        <translation>できごと ごとの てつづき</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Kiosk</name>
    <message>
        <source>The office system cannot be reached, so no tickets can be issued now. Please ask a clerk.</source>
        <translation>いま ばんごうの かみを だせません。しょくいんに きいて ください。</translation>
    </message>
    <message>
        <source>The office system cannot be reached, so no ticket was issued. Please ask a clerk.</source>
        <translation>ばんごうの かみは でて いません。しょくいんに きいて ください。</translation>
    </message>
    <message>
        <source>No ticket could be issued: %1</source>
        <translation>ばんごうの かみを だせませんでした：%1</translation>
    </message>
    <message>
        <source>This kiosk has no printer. Please note your number or photograph the code on the screen.</source>
        <translation>この きかいには プリンターが ありません。ばんごうを メモするか、がめんの コードを しゃしんに とって ください。</translation>
    </message>
    <message>
        <source>The ticket could not be printed (%1). Your number is on the screen: please note it or photograph the code.</source>
        <translation>ばんごうの かみを いんさつ できませんでした（%1）。ばんごうは がめんに あります。メモするか、コードを しゃしんに とって ください。</translation>
    </message>
    <message>
        <source>no wait (reference)</source>
        <translation>まつ じかんは ありません（めやす）</translation>
    </message>
    <message>
        <source>about %1–%2 min (reference)</source>
        <extracomment>参考値: a reference range of waiting minutes, never a promise</extracomment>
        <translation>だいたい %1〜%2ふん（めやす）</translation>
    </message>
    <message>
        <source>Reservation at %1</source>
        <translation>よやく %1</translation>
    </message>
    <message>
        <source>A reservation code has 8 letters and digits, like 7K3M-Q2P7. Please check it.</source>
        <translation>よやくの コードは えいごの もじと すうじで 8こです（れい：7K3M-Q2P7）。みて ください。</translation>
    </message>
    <message>
        <source>This code is not right. Please check each character, or scan the QR code.</source>
        <translation>コードが ただしく ありません。もじを ひとつずつ みて ください。または QRコードを かざして ください。</translation>
    </message>
    <message>
        <source>This code cannot be read. If it is your reservation, please type its code.</source>
        <translation>この コードは よめません。よやくの コードなら、もじを いれて ください。</translation>
    </message>
    <message>
        <source>This is the code of a ticket: scan it with your phone to follow your turn.</source>
        <translation>これは ばんごうの かみの コードです。スマートフォンで よむと、じゅんばんが わかります。</translation>
    </message>
    <message>
        <source>This code cannot be used here.</source>
        <translation>この コードは ここでは つかえません。</translation>
    </message>
    <message>
        <source>The clerk could not be called. Please ask at the nearest counter.</source>
        <translation>しょくいんを よべませんでした。ちかくの まどぐちで きいて ください。</translation>
    </message>
    <message>
        <source>Your details from home have been read. Please choose your procedure: the clerk will have them.</source>
        <translation>いえで いれた じょうほうを よみました。てつづきを えらんで ください。まどぐちの ひとに つたわります。</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Notice</name>
    <message>
        <source>This office does not send notices by %1.</source>
        <translation>ここでは %1で おしらせを おくりません。</translation>
    </message>
    <message>
        <source>This is not an e-mail address notices can be sent to.</source>
        <translation>この メールアドレスには おしらせを おくれません。</translation>
    </message>
    <message>
        <source>The address must be 1 to %1 characters.</source>
        <translation>アドレスは 1〜%1もじで いれて ください。</translation>
    </message>
    <message>
        <source>This ticket is finished; there is nothing left to notify.</source>
        <translation>この ばんごうの てつづきは おわりました。おしらせは ありません。</translation>
    </message>
    <message>
        <source>A ticket can have at most %1 addresses for notices.</source>
        <translation>おしらせの あてさきは %1こ までです。</translation>
    </message>
</context>
<context>
    <name>Madoguchi::NoticeText</name>
    <message>
        <source>Your turn is near: %1</source>
        <translation>もうすぐ じゅんばんです：%1</translation>
    </message>
    <message>
        <source>Number %1: people ahead of you: %2. Please come back to the waiting area.</source>
        <translation>ばんごう %1：あなたの まえに %2にん います。まちあいしつに もどって ください。</translation>
    </message>
    <message>
        <source>Your number %1 is called</source>
        <translation>ばんごう %1を よんでいます</translation>
    </message>
    <message>
        <source>Number %1 is called. Please go to %2.</source>
        <translation>ばんごう %1を よんでいます。%2に きて ください。</translation>
    </message>
    <message>
        <source>Your ticket: %1</source>
        <translation>ばんごうふだ：%1</translation>
    </message>
    <message>
        <source>This is an automatic message from %1. Please do not reply to it.</source>
        <translation>これは %1から じどうで おくった メッセージです。へんじは しないで ください。</translation>
    </message>
</context>
<context>
    <name>Madoguchi::PreApplicationPage</name>
    <message>
        <source>Fill in your details before you come</source>
        <translation>やくしょに くる まえに じょうほうを いれて ください</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ことば</translation>
    </message>
    <message>
        <source>Write your details once here, and show the code you get at the kiosk or the counter: the clerk fills in your forms. Nothing is sent anywhere: the details stay on this phone until you show the code.</source>
        <translation>ここで いちど じょうほうを いれて ください。でて きた コードを、ばんごうの かみを だす きかいか まどぐちで みせて ください。しょるいは しょくいんが かきます。じょうほうは どこにも おくりません。コードを みせるまで、この スマートフォンの なかだけに あります。</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>あなたの じょうほう</translation>
    </message>
    <message>
        <source>Fill in what you know; leave the rest empty. Write names as on your residence record.</source>
        <translation>わかる ところだけ かいて ください。ほかは かかなくても だいじょうぶです。なまえは じゅうみんひょう（住民票）の とおりに かいて ください。</translation>
    </message>
    <message>
        <source>Make my code</source>
        <translation>コードを つくる</translation>
    </message>
    <message>
        <source>Please check “%1”.</source>
        <translation>「%1」を たしかめて ください。</translation>
    </message>
    <message>
        <source>Please fill in at least one detail.</source>
        <translation>じょうほうを ひとつ いじょう いれて ください。</translation>
    </message>
    <message>
        <source>Your code</source>
        <translation>あなたの コード</translation>
    </message>
    <message>
        <source>Show this code at the kiosk or the counter. Keep the screen bright; take a screenshot to keep it.</source>
        <translation>この コードを、ばんごうの かみを だす きかいか まどぐちで みせて ください。がめんは あかるく して ください。とって おく ときは、スクリーンショットを とって ください。</translation>
    </message>
    <message>
        <source>Change my details</source>
        <translation>じょうほうを なおす</translation>
    </message>
    <message>
        <source>This page needs JavaScript to make your code.</source>
        <translation>この ページで コードを つくるには、JavaScriptが いります。</translation>
    </message>
    <message>
        <source>The details are too long for one code. Please leave out what the clerk can fill in, such as a previous address.</source>
        <translation>じょうほうが おおすぎて、1つの コードに はいりません。まえの じゅうしょ など、しょくいんが かける ところは かかないで ください。</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Queue</name>
    <message>
        <source>%1 (fallback: no one is waiting for this counter&apos;s main services)</source>
        <translation>%1（かわり：この まどぐちの おもな しごとに まつ ひとが いません）</translation>
    </message>
    <message>
        <source>arrival order: waiting since %1</source>
        <translation>きた じゅん：%1から まって います</translation>
    </message>
    <message>
        <source>priority class first, then arrival (waiting since %1)</source>
        <translation>ゆうせんの ひとを さきに、つぎに きた じゅん（%1から まって います）</translation>
    </message>
    <message>
        <source>%1:1 alternation: priority turn (%2 of %1)</source>
        <translation>%1たい1の こうたい：ゆうせんの ばん（%1かいの うち %2かいめ）</translation>
    </message>
    <message>
        <source>%1:1 alternation: regular turn</source>
        <translation>%1たい1の こうたい：ふつうの ばん</translation>
    </message>
    <message>
        <source>walk-in waiting over %1 min (since %2)</source>
        <translation>よやく なしの ひとが %1ふん いじょう まって います（%2から）</translation>
    </message>
    <message>
        <source>appointment due %1</source>
        <translation>よやく %1</translation>
    </message>
    <message>
        <source>no appointment due; arrival order: waiting since %1</source>
        <translation>じかんに なった よやくは ありません。きた じゅん：%1から まって います</translation>
    </message>
    <message>
        <source>appointment at %1, called early: no one else is waiting</source>
        <translation>%1の よやくを はやく よびました：ほかに まつ ひとが いません</translation>
    </message>
    <message>
        <source>transferred to this counter; waiting since %1</source>
        <translation>この まどぐちへ まわされました：%1から まって います</translation>
    </message>
    <message>
        <source>called by number</source>
        <translation>ばんごうを えらんで よびました</translation>
    </message>
    <message>
        <source>returned from the pool</source>
        <translation>ほりゅうから もどしました</translation>
    </message>
    <message>
        <source>There is no counter %1.</source>
        <translation>%1ばん まどぐちは ありません。</translation>
    </message>
    <message>
        <source>There is no service &apos;%1&apos; at this office.</source>
        <translation>この やくしょには「%1」と いう しごとは ありません。</translation>
    </message>
    <message>
        <source>No open ticket has the number %1.</source>
        <translation>ばんごう %1 の かみは ありません。</translation>
    </message>
    <message>
        <source>Choose between one and ten services.</source>
        <translation>てつづきは 1から 10こまで えらんで ください。</translation>
    </message>
    <message>
        <source>%1 is asked for twice.</source>
        <translation>%1 が 2かい えらばれて います。</translation>
    </message>
    <message>
        <source>The language &apos;%1&apos; is not offered at this office.</source>
        <translation>この やくしょでは「%1」の ことばは つかえません。</translation>
    </message>
    <message>
        <source>An appointment needs its code and its time.</source>
        <translation>よやくには コードと じかんが いります。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid outcome: use lower-case letters, digits and &apos;-&apos; (at most 32).</source>
        <translation>「%1」は けっかに つかえません。えいごの こもじ・すうじ・「-」で 32もじ までに して ください。</translation>
    </message>
    <message>
        <source>The office is closed now.</source>
        <translation>いまは やすみの じかんです。</translation>
    </message>
    <message>
        <source>The office is closed now. It opens again on %1 at %2.</source>
        <translation>いまは やすみの じかんです。つぎは %1の %2からです。</translation>
    </message>
    <message>
        <source>All numbers of %1 (%2 to %3) are held by open visits; finish or cancel some first.</source>
        <translation>%1 の ばんごう（%2〜%3）は ぜんぶ つかって います。さきに いくつか おわらせるか とりけして ください。</translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used for a different ticket request; use a new key.</source>
        <translation>この Idempotency-Key は ほかで つかわれました。あたらしい キーを つかって ください。</translation>
    </message>
    <message>
        <source>Counter %1 is paused; resume it before calling.</source>
        <translation>%1ばん まどぐちは とまって います。よぶ まえに はじめて ください。</translation>
    </message>
    <message>
        <source>Counter %1 is closed; open it before calling.</source>
        <translation>%1ばん まどぐちは しまって います。よぶ まえに あけて ください。</translation>
    </message>
    <message>
        <source>Counter %1 is already open.</source>
        <translation>%1ばん まどぐちは もう あいて います。</translation>
    </message>
    <message>
        <source>Counter %1 is already paused.</source>
        <translation>%1ばん まどぐちは もう とまって います。</translation>
    </message>
    <message>
        <source>Counter %1 is closed.</source>
        <translation>%1ばん まどぐちは しまって います。</translation>
    </message>
    <message>
        <source>Counter %1 is still attending to %2; finish, transfer or park that visit first.</source>
        <translation>%1ばん まどぐちは まだ %2 の ひとと はなして います。さきに おわる・まわす・ほりゅう の どれかを して ください。</translation>
    </message>
    <message>
        <source>Counter %1 has no visitor at the moment.</source>
        <translation>%1ばん まどぐちには いま おきゃくさんが いません。</translation>
    </message>
    <message>
        <source>No one is waiting for the services of counter %1.</source>
        <translation>%1ばん まどぐちの しごとを まつ ひとは いません。</translation>
    </message>
    <message>
        <source>Counter %1 does not take %2 (%3); transfer the visit instead.</source>
        <translation>%1ばん まどぐちは %2 を して いません（%3）。ほかの まどぐちへ まわして ください。</translation>
    </message>
    <message>
        <source>%1 was transferred to counter %2.</source>
        <translation>%1 は %2ばん まどぐちへ まわされました。</translation>
    </message>
    <message>
        <source>%1 is already at counter %2; there is no one to recall.</source>
        <translation>%1 は もう %2ばん まどぐちに います。もう いちど よぶ ひつようは ありません。</translation>
    </message>
    <message>
        <source>%1 is already being served at counter %2; finish the visit instead.</source>
        <translation>%1 は もう %2ばん まどぐちで はなして います。おわりに して ください。</translation>
    </message>
    <message>
        <source>%1 is being served at counter %2; finish or transfer it there.</source>
        <translation>%1 は %2ばん まどぐちで はなして います。そこで おわるか まわして ください。</translation>
    </message>
    <message>
        <source>%1 is already at counter %2 for that service.</source>
        <translation>%1 は その てつづきで もう %2ばん まどぐちに います。</translation>
    </message>
    <message>
        <source>The change could not be saved, so nothing was changed: %1</source>
        <translation>ほぞん できなかったので、なにも かえて いません：%1</translation>
    </message>
    <message>
        <source>%1 is waiting in the queue.</source>
        <translation>%1 は じゅんばんを まって います。</translation>
    </message>
    <message>
        <source>%1 has already been called to counter %2.</source>
        <translation>%1 は もう %2ばん まどぐちに よばれて います。</translation>
    </message>
    <message>
        <source>%1 is already being served at counter %2.</source>
        <translation>%1 は もう %2ばん まどぐちで はなして います。</translation>
    </message>
    <message>
        <source>%1 is parked in the pool.</source>
        <translation>%1 は ほりゅう して います。</translation>
    </message>
    <message>
        <source>%1 is no longer open.</source>
        <translation>%1 は もう おわって います。</translation>
    </message>
    <message>
        <source>The route of the visit does not fit its services: each step may wait only for other services of the visit.</source>
        <translation>まわる じゅんばんが まどぐちと あって いません。まつ ことが できるのは、おなじ らいちょうの ほかの まどぐち だけです。</translation>
    </message>
    <message>
        <source>%1 has no such step still to come.</source>
        <translation>%1 には、これから する その てつづきは ありません。</translation>
    </message>
</context>
<context>
    <name>Madoguchi::StatusPage</name>
    <message>
        <source>Your ticket</source>
        <translation>ばんごうふだ</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>あなたの ばんごう</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>ばんごうが よばれるまで まって ください。</translation>
    </message>
    <message>
        <source>Your number is called. Please come now.</source>
        <translation>ばんごうが よばれました。いま すぐ きて ください。</translation>
    </message>
    <message>
        <source>You are being served.</source>
        <translation>いま てつづきを しています。</translation>
    </message>
    <message>
        <source>Please wait near the counters; staff will call you again.</source>
        <translation>まどぐちの ちかくで まって ください。また よびます。</translation>
    </message>
    <message>
        <source>All your procedures are finished. Thank you.</source>
        <translation>てつづきは ぜんぶ おわりました。ありがとう ございました。</translation>
    </message>
    <message>
        <source>This ticket was cancelled.</source>
        <translation>この ばんごうふだは つかえなく なりました。</translation>
    </message>
    <message>
        <source>You were called but not present. Please take a new ticket.</source>
        <translation>よびましたが、いませんでした。あたらしい ばんごうふだを とって ください。</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>%1に きて ください</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>まえに まっている ひと：%1にん</translation>
    </message>
    <message>
        <source>Estimated wait: %1–%2 minutes (for reference only)</source>
        <translation>まつ じかん：%1〜%2ふん ぐらい（めやす です）</translation>
    </message>
    <message>
        <source>No wait estimate is available now.</source>
        <translation>いまは まつ じかんが わかりません。</translation>
    </message>
    <message>
        <source>Your procedures</source>
        <translation>あなたの てつづき</translation>
    </message>
    <message>
        <source>This page updates by itself.</source>
        <translation>この ページは じどうで かわります。</translation>
    </message>
    <message>
        <source>Connection lost; trying again…</source>
        <translation>つながりません。もう いちど つなぎます…</translation>
    </message>
    <message>
        <source>This page reloads every 30 seconds.</source>
        <translation>この ページは 30びょうごとに かわります。</translation>
    </message>
    <message>
        <source>Ticket not found</source>
        <translation>ばんごうふだが ありません</translation>
    </message>
    <message>
        <source>No ticket has this link. It may belong to an earlier day. Please ask at the reception.</source>
        <translation>この リンクの ばんごうふだは ありません。まえの ひの ものかも しれません。うけつけで きいて ください。</translation>
    </message>
    <message>
        <source>Get a message when your turn is near</source>
        <translation>じゅんばんが ちかく なったら しらせます</translation>
    </message>
    <message>
        <source>We send one message when few people are ahead of you and one when you are called. You can leave the waiting room meanwhile.</source>
        <translation>まえの ひとが すくなく なったときと、よばれたときに しらせます。そのあいだ、まちあいしつから でても だいじょうぶです。</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>けいたいでんわの ばんごう</translation>
    </message>
    <message>
        <source>Send me a message</source>
        <translation>しらせて ほしい</translation>
    </message>
    <message>
        <source>Done. We will send you a message when your turn is near.</source>
        <translation>できました。じゅんばんが ちかく なったら しらせます。</translation>
    </message>
    <message>
        <source>We cannot send to this address. Please check it and try again.</source>
        <translation>この あてさきには おくれません。たしかめて、もう いちど いれて ください。</translation>
    </message>
    <message>
        <source>This ticket cannot take more addresses.</source>
        <translation>この ばんごうふだには もう あてさきを いれられません。</translation>
    </message>
    <message>
        <source>Sorry, this did not work. Please try again or ask at the reception.</source>
        <translation>ごめんなさい。うまく いきませんでした。もう いちど やって みるか、うけつけで きいて ください。</translation>
    </message>
    <message>
        <source>You will be called at: %1 (%2)</source>
        <extracomment>Where a waiting visitor will be called: %1 is the service, %2 its counters (&quot;Counter 5, Counter 6&quot;)</extracomment>
        <translation>よばれる まどぐち：%1（%2）</translation>
    </message>
    <message>
        <source>You will be called at: %1</source>
        <extracomment>Where a waiting visitor will be called, when the service has more counters than fit on a line</extracomment>
        <translation>よばれる まどぐち：%1</translation>
    </message>
</context>
<context>
    <name>Madoguchi::TicketText</name>
    <message>
        <source>Your number</source>
        <translation>あなたの ばんごう</translation>
    </message>
    <message>
        <source>%1 (counter %2)</source>
        <translation>%1（まどぐち %2）</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <extracomment>The issue time on a ticket, as a QDateTime format; Japanese: &quot;yyyy年M月d日 H:mm&quot;</extracomment>
        <translation>yyyy年M月d日 H:mm</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>でた じかん：%1</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>まえに まつ ひと：%1にん</translation>
    </message>
    <message>
        <source>Estimated wait: %1–%2 min (for reference only)</source>
        <translation>まつ じかん：%1〜%2ふん（めやす）</translation>
    </message>
    <message>
        <source>Scan to follow your turn on your phone.</source>
        <translation>スマートフォンで じゅんばんが わかります。</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>ばんごうが よばれるまで まって ください。</translation>
    </message>
    <message>
        <source>Reservation at %1</source>
        <translation>よやく %1</translation>
    </message>
    <message>
        <source>The clerk has your details: you will not need to write them.</source>
        <translation>あなたの じょうほうは しょくいんに つたわって います。かかなくても だいじょうぶです。</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>%1 of %2 digits entered</source>
        <extracomment>Read out instead of the digits: %1 digits of %2 entered</extracomment>
        <translation>%2けたの うち %1けた いれました</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>The PIN pad&apos;s keys beside 0: delete the last digit, and confirm the PIN</extracomment>
        <translation>けす</translation>
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
        <translation>とても こむ</translation>
    </message>
    <message>
        <source>crowded</source>
        <translation>こんで いる</translation>
    </message>
    <message>
        <source>some waiting</source>
        <translation>すこし こむ</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>すいて いる</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>まって いる ひと</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>まって いる ひとは いません。</translation>
    </message>
    <message>
        <source>Longest wait: %1 min (%2)</source>
        <extracomment>%1 minutes, %2 the service</extracomment>
        <translation>いちばん ながい まつ じかん：%1ふん（%2）</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1にん まって います</translation>
    </message>
    <message>
        <source>longest %1 min</source>
        <extracomment>The one-stop visits on their way to this service from another counter, with what they bring</extracomment>
        <translation>いちばん ながい ひとで %1ふん</translation>
    </message>
    <message>
        <source>parked: %1</source>
        <translation>あとで：%1</translation>
    </message>
    <message>
        <source>coming: %1</source>
        <translation>このあと くる ひと：%1</translation>
    </message>
</context>
<context>
    <name>ReservationPage</name>
    <message>
        <source>Check in your reservation</source>
        <translation>よやくの うけつけ</translation>
    </message>
    <message>
        <source>Hold the QR code of your reservation (on paper or on your phone) under the reader.</source>
        <translation>よやくの QRコード（かみ または スマートフォン）を よみとりきに かざして ください。</translation>
    </message>
    <message>
        <source>Or type the code of your reservation:</source>
        <translation>または よやくの コードを いれて ください：</translation>
    </message>
    <message>
        <source>Code typed so far: %1</source>
        <translation>いれた コード：%1</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>うけつけ する</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>もどる</translation>
    </message>
    <message>
        <source>Delete one</source>
        <extracomment>Deletes the last character typed</extracomment>
        <translation>1もじ けす</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>Deletes everything typed</extracomment>
        <translation>ぜんぶ けす</translation>
    </message>
    <message>
        <source>Type all 8 characters</source>
        <extracomment>Why &quot;Check in&quot; cannot be pressed yet</extracomment>
        <translation>8もじ ぜんぶ いれて ください</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>People waiting: %1</source>
        <translation>まって いる ひと：%1にん</translation>
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
        <translation>なんの てつづきに きましたか？</translation>
    </message>
    <message>
        <source>The office is closed now. Please come back during opening hours.</source>
        <translation>いまは やすみの じかんです。うけつけの じかんに きて ください。</translation>
    </message>
    <message>
        <source>I have a reservation</source>
        <translation>よやくが ある ひと</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <extracomment>The first line of the idle kiosk: %1 is the office&apos;s name</extracomment>
        <translation>%1へ ようこそ</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>まだ つかって いますか？</translation>
    </message>
    <message>
        <source>The kiosk returns to the start in %1 s. Touch “Continue” to go on.</source>
        <translation>あと %1びょうで はじめの がめんに もどります。つづける ときは「つづける」を おして ください。</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>Keeps the kiosk on the visitor&apos;s screen when asked &quot;Are you still there?&quot;</extracomment>
        <translation>つづける</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Your number</source>
        <translation>あなたの ばんごう</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>あなたの まえに：%1にん</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>いんさつ して います…</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>ばんごうの かみを とって ください。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>おわり</translation>
    </message>
    <message>
        <source>QR code of your status page</source>
        <translation>じゅんばんを みる ページの QRコード</translation>
    </message>
    <message>
        <source>Scan with your phone to see your turn coming.</source>
        <translation>スマートフォンで よむと、じゅんばんが わかります。</translation>
    </message>
    <message>
        <source>Please have these ready:</source>
        <translation>つぎの ものを よういして ください：</translation>
    </message>
    <message>
        <source>Please wait in the waiting area until the board calls your number.</source>
        <translation>がめんで ばんごうが よばれるまで、まちあいしつで まって ください。</translation>
    </message>
    <message>
        <source>See your turn on your phone</source>
        <translation>スマートフォンで じゅんばんが わかります</translation>
    </message>
    <message>
        <source>Back to the start in %1 s</source>
        <extracomment>How long until the kiosk shows its first screen again</extracomment>
        <translation>あと %1びょうで はじめの がめんに もどります</translation>
    </message>
    <message>
        <source>The clerk has your details: you will not need to write them.</source>
        <translation>あなたの じょうほうは しょくいんに つたわって います。かかなくても だいじょうぶです。</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <source>Try again</source>
        <translation>もう いちど</translation>
    </message>
</context>
<context>
    <name>VisitPane</name>
    <message>
        <source>later</source>
        <translation>あとで</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>まって いる</translation>
    </message>
    <message>
        <source>called</source>
        <translation>よんで いる</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>たいおう ちゅう</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>あとで</translation>
    </message>
    <message>
        <source>done</source>
        <translation>おわり</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>こなかった</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>ほかへ いった</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>とりけし</translation>
    </message>
    <message>
        <source>No visitor at this counter.</source>
        <translation>この まどぐちには ひとが いません。</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>たいおう ちゅう</translation>
    </message>
    <message>
        <source>Called, not yet here</source>
        <translation>よびました（まだ きて いません）</translation>
    </message>
    <message>
        <source>Why this visitor: %1</source>
        <translation>この ひとを よんだ りゆう：%1</translation>
    </message>
</context>
</TS>

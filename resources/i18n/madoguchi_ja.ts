<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AssistanceCalls</name>
    <message>
        <source>A visitor at the kiosk “%1” asks for a clerk (%2, since %3).</source>
        <translation>発券機「%1」でお客様が職員を呼んでいます（%2、%3から）。</translation>
    </message>
    <message>
        <source>I&apos;ll go</source>
        <translation>対応します</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>Display board — Madoguchi</source>
        <extracomment>The display board window&apos;s title</extracomment>
        <translation>呼出表示盤 — Madoguchi</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Read your My Number card instead of writing?</source>
        <translation>書く代わりに​マイナンバーカードを​読み取りますか？</translation>
    </message>
    <message>
        <source>Place your My Number card on the reader</source>
        <translation>マイナンバーカードを​読み取り機に​置いてください</translation>
    </message>
    <message>
        <source>Only one PIN try is left</source>
        <translation>暗証番号の​残り回数は​1回です</translation>
    </message>
    <message>
        <source>Enter your card&apos;s 4-digit PIN</source>
        <translation>カードの​暗証番号（数字4桁）を​入力してください</translation>
    </message>
    <message>
        <source>Your card has been read</source>
        <translation>カードを​読み取りました</translation>
    </message>
    <message>
        <source>The PIN of this card is locked</source>
        <translation>このカードの​暗証番号は​ロックされています</translation>
    </message>
    <message>
        <source>The card reader cannot be used now</source>
        <translation>現在、カード読み取り機は​使用できません</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>カードを​読み取っています…</translation>
    </message>
    <message>
        <source>The kiosk reads the name, address, date of birth and sex on your card and gives them to the clerk, who fills in your forms. Your individual number is not read. The details are deleted at the end of the day. You need the card&apos;s 4-digit PIN.</source>
        <translation>発券機が​カードの​氏名・住所・生年月日・性別を​読み取り、職員に​引き継ぎます。申請書などは​職員が​記入します。個人番号（マイナンバー）は​読み取りません。読み取った内容は​その日の​終わりに​消去します。カードの​暗証番号（券面事項入力補助用・数字4桁）が​必要です。</translation>
    </message>
    <message>
        <source>The reader is below the screen. Leave the card there until the screen says it has been read.</source>
        <translation>読み取り機は​画面の下に​あります。画面に​「カードを​読み取りました」と​表示されるまで、カードを​置いたままに​してください。</translation>
    </message>
    <message>
        <source>If this PIN is wrong too, the card is locked and must be reset at the municipal office. If you are not sure of the PIN, take a ticket without the card: the clerk will help you.</source>
        <translation>今回も​暗証番号が​違っていると、カードが​ロックされ、市区町村の窓口で​再設定が​必要に​なります。暗証番号が​確かでない場合は、カードを​使わずに​番号札を​お取りください。職員が​お手伝いします。</translation>
    </message>
    <message>
        <source>The digits are not shown on the screen. Tries left: %1</source>
        <translation>入力した数字は​画面に​表示されません。残り回数：%1回</translation>
    </message>
    <message>
        <source>Please take your card with you. Your ticket is coming.</source>
        <translation>カードを​お忘れなく​お取りください。番号札は​まもなく​出てきます。</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly too many times. It can be reset at the My Number card counter of the municipal office with the card. You can still take a ticket now: the clerk will help you with the forms.</source>
        <translation>暗証番号を​何度も​間違えたため、ロックされました。カードを​お持ちのうえ、市区町村の​マイナンバーカードの​窓口で​再設定できます。番号札は​このまま​お取りいただけます。書類の​記入は​職員が​お手伝いします。</translation>
    </message>
    <message>
        <source>Please take a ticket: the clerk will enter your details.</source>
        <translation>番号札を​お取りください。お客様の​情報は​職員が​入力します。</translation>
    </message>
    <message>
        <source>Please do not move the card.</source>
        <translation>カードを​動かさないでください。</translation>
    </message>
    <message>
        <source>Read my card</source>
        <translation>カードを読み取る</translation>
    </message>
    <message>
        <source>I am sure of my PIN</source>
        <translation>暗証番号は確かです</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>番号札を取る</translation>
    </message>
    <message>
        <source>No, just a ticket</source>
        <translation>いいえ、番号札だけ取る</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>The name, address, date of birth and sex on your card are read for your forms, and your individual number for the forms that need it by law: it is printed on them and not kept. The details are deleted at the end of the day. You need the card&apos;s 4-digit PIN.</source>
        <translation>カードの​氏名・住所・生年月日・性別を​申請書の​ために​読み取り、法律で​必要な​申請書には​個人番号（マイナンバー）も​読み取ります。個人番号は​申請書に​印字する​だけで、保存しません。読み取った​内容は​その日の​終わりに​消去します。カードの​暗証番号（数字4桁）が​必要です。</translation>
    </message>
    <message>
        <source>The name, address, date of birth and sex on your card are read for your forms. Your individual number is not read. The details are deleted at the end of the day. You need the card&apos;s 4-digit PIN.</source>
        <translation>カードの​氏名・住所・生年月日・性別を​申請書の​ために​読み取ります。個人番号（マイナンバー）は​読み取りません。読み取った内容は​その日の​終わりに​消去します。カードの​暗証番号（券面事項入力補助用・数字4桁）が​必要です。</translation>
    </message>
    <message>
        <source>Please take your card with you.</source>
        <translation>カードを​お忘れなく​お取りください。</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly too many times. It can be reset at the My Number card counter of the municipal office with the card.</source>
        <translation>暗証番号を​何度も​間違えたため、ロックされました。カードを​お持ちのうえ、市区町村の​マイナンバーカードの​窓口で​再設定できます。</translation>
    </message>
    <message>
        <source>The card reader is not connected, or the smart card service is not running.</source>
        <translation>カード読み取り機が​接続されていないか、スマートカードサービスが​起動していません。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Do not read the card</source>
        <translation>カードを読み取らない</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <source>Counter %1 — %2</source>
        <translation>%1番窓口 — %2</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>次を呼ぶ</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>再呼出</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>対応開始</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>対応終了</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>不在</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>休止</translation>
    </message>
    <message>
        <source>Number, e.g. A-023</source>
        <translation>番号（例：A-023）</translation>
    </message>
    <message>
        <source>Call this number</source>
        <translation>この番号を呼ぶ</translation>
    </message>
    <message>
        <source>Unpark</source>
        <translation>保留解除</translation>
    </message>
    <message>
        <source>Service to transfer to</source>
        <translation>回送先の手続き</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>回送</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>the counter&apos;s status</comment>
        <translation>開設中</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>the counter&apos;s status</comment>
        <translation>休止中</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>the counter&apos;s status</comment>
        <translation>閉鎖</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>action: open the counter</comment>
        <translation>開設</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>action: close the counter for the day</comment>
        <translation>閉鎖する</translation>
    </message>
    <message>
        <source>Outcome (optional), recorded with Finish</source>
        <extracomment>What came of the visit, recorded with Finish (F4), e.g. &quot;certificate issued&quot;</extracomment>
        <translation>結果（任意・対応終了で記録）</translation>
    </message>
    <message>
        <source>Counter %1 — counter console</source>
        <extracomment>The console window&apos;s title: %1 is the counter&apos;s number</extracomment>
        <translation>%1番窓口 — 窓口端末</translation>
    </message>
    <message>
        <source>Close counter %1 for the day? Waiting visitors stay in the queue.</source>
        <translation>%1番窓口を​本日閉鎖しますか？お待ちのお客様は​順番待ちのまま​残ります。</translation>
    </message>
    <message>
        <source>Pause counter %1? No one is called here until it is opened again.</source>
        <translation>%1番窓口を休止しますか？再び開設するまで、この窓口では​呼出を行いません。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Keeps the counter as it is instead of pausing or closing it</extracomment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Queue and actions</source>
        <translation>待ち状況・操作</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>申請書</translation>
    </message>
</context>
<context>
    <name>DemoDevicesWindow</name>
    <message>
        <source>Simulated devices</source>
        <translation>模擬機器</translation>
    </message>
    <message>
        <source>Scanner: hold a reservation&apos;s code to the kiosk</source>
        <translation>スキャナー：予約のコードを発券機にかざす</translation>
    </message>
    <message>
        <source>%1 %2 — code %3</source>
        <translation>%1 %2 — コード %3</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>読み取る</translation>
    </message>
    <message>
        <source>Printer: the last ticket</source>
        <translation>プリンター：最後の番号札</translation>
    </message>
    <message>
        <source>Paper out</source>
        <translation>用紙切れ</translation>
    </message>
    <message>
        <source>No ticket printed yet.</source>
        <translation>まだ番号札は印刷されていません。</translation>
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
        <translation>カード読み取り機：マイナンバーカードを置く（暗証番号 1234）</translation>
    </message>
    <message>
        <source>Lift the card</source>
        <translation>カードを外す</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>置く</translation>
    </message>
    <message>
        <source>One try left</source>
        <translation>残り1回</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>ロック済み</translation>
    </message>
    <message>
        <source>Place a transit IC card</source>
        <translation>交通系ICカードを置く</translation>
    </message>
</context>
<context>
    <name>FormsPane</name>
    <message>
        <source>Forms of %1</source>
        <translation>%1 の申請書</translation>
    </message>
    <message>
        <source>No visit at the counter</source>
        <translation>窓口で対応中の方なし</translation>
    </message>
    <message>
        <source>In the visit · printed</source>
        <translation>対象・印刷済み</translation>
    </message>
    <message>
        <source>In the visit</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Not in the visit</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>Signed</source>
        <extracomment>The visitor has checked and signed the form</extracomment>
        <translation>署名済み</translation>
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
        <translation>マイナンバーカードを読み取る</translation>
    </message>
    <message>
        <source>Print all forms</source>
        <translation>申請書をすべて印刷</translation>
    </message>
    <message>
        <source>Empty boxes stay empty on paper</source>
        <translation>空欄は空欄のまま印刷されます</translation>
    </message>
    <message>
        <source>Details for the forms</source>
        <translation>申請書の記載事項</translation>
    </message>
    <message>
        <source>%1 missing, %2 to choose</source>
        <translation>未入力 %1件、選択待ち %2件</translation>
    </message>
    <message>
        <source>Add a household member</source>
        <translation>世帯員を追加</translation>
    </message>
    <message>
        <source>Preview of the form as it will print</source>
        <translation>印刷される申請書のプレビュー</translation>
    </message>
    <message>
        <source>Sources disagree: choose</source>
        <translation>取得元の値が異なります：選択してください</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未入力</translation>
    </message>
    <message>
        <source>外字: the fonts lack a character; write it by hand</source>
        <translation>外字：フォントにない文字があります。手書きしてください</translation>
    </message>
    <message>
        <source>Type it once for every form</source>
        <translation>一度の入力ですべての申請書に反映されます</translation>
    </message>
    <message>
        <source>個人番号 from the card</source>
        <translation>個人番号はカードから</translation>
    </message>
    <message>
        <source>個人番号: read the card</source>
        <translation>個人番号：カードの読み取りが必要</translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <source>Large text</source>
        <extracomment>Switch for large text; keep it short</extracomment>
        <translation>文字を大きく</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>Switch for black-and-yellow high-contrast colours; keep it short</extracomment>
        <translation>高コントラスト</translation>
    </message>
    <message>
        <source>Voice guidance</source>
        <extracomment>Switch for reading each screen aloud; keep it short</extracomment>
        <translation>音声案内</translation>
    </message>
    <message>
        <source>Low screen</source>
        <extracomment>Switch that moves every control to the lower part of the screen, within reach from a wheelchair; keep it short</extracomment>
        <translation>低い画面</translation>
    </message>
    <message>
        <source>Call a clerk</source>
        <translation>職員を呼ぶ</translation>
    </message>
    <message>
        <source>Called</source>
        <extracomment>Under &quot;Call a clerk&quot; once it was pressed</extracomment>
        <translation>呼び出し済み</translation>
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
        <translation>職員を呼びました。こちらに参りますので、この場でお待ちください。</translation>
    </message>
    <message>
        <source>%1 — ticket kiosk</source>
        <extracomment>The kiosk window&apos;s title: %1 is the office&apos;s name</extracomment>
        <translation>%1 — 受付発券機</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>まだご利用中ですか？</translation>
    </message>
    <message>
        <source>Choose your language below.</source>
        <translation>下の一覧から​言語をお選びください。</translation>
    </message>
    <message>
        <source>Hold your reservation&apos;s QR code under the reader, or type its code below.</source>
        <translation>予約のQRコードを​読み取り機にかざすか、下で​予約コードを​入力してください。</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>番号札をお取りください。</translation>
    </message>
    <message>
        <source>Your number: %1</source>
        <translation>あなたの番号：%1</translation>
    </message>
    <message>
        <source>Touch your procedure below.</source>
        <translation>下の一覧から​手続きをお選びください。</translation>
    </message>
    <message>
        <source>The office is closed now.</source>
        <translation>現在は受付時間外です。</translation>
    </message>
    <message>
        <source>Place your card on the reader.</source>
        <translation>カードを​読み取り機に​置いてください。</translation>
    </message>
    <message>
        <source>Enter your PIN below.</source>
        <translation>下で​暗証番号を​入力してください。</translation>
    </message>
    <message>
        <source>Only one PIN try is left.</source>
        <translation>暗証番号の​残り回数は​1回です。</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked.</source>
        <translation>カードの​暗証番号は​ロックされています。</translation>
    </message>
    <message>
        <source>Read your card instead of writing?</source>
        <translation>書く代わりに​カードを​読み取りますか？</translation>
    </message>
    <message>
        <source>Please wait. Do not move the card.</source>
        <translation>お待ちください。カードを​動かさないでください。</translation>
    </message>
    <message>
        <source>Please take your My Number card from the reader.</source>
        <translation>マイナンバーカードを​読み取り機から​お取りください。</translation>
    </message>
    <message>
        <source>Please take your card.</source>
        <translation>カードを​お取りください。</translation>
    </message>
    <message>
        <source>The card reader cannot be used now.</source>
        <translation>現在、カード読み取り機は​使用できません。</translation>
    </message>
</context>
<context>
    <name>LoginPane</name>
    <message>
        <source>Counter %1: staff login</source>
        <translation>%1番窓口：職員ログイン</translation>
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
        <translation>この手続きは、その時間には予約できません。</translation>
    </message>
    <message>
        <source>That time has already begun. Please choose a later time.</source>
        <translation>その時間はすでに始まっています。後の時間をお選びください。</translation>
    </message>
    <message>
        <source>That time is fully booked. Please choose another time.</source>
        <translation>その時間は予約でいっぱいです。別の時間をお選びください。</translation>
    </message>
    <message>
        <source>There is no reservation with this code. Please check the code, or take a ticket.</source>
        <translation>このコードの予約はありません。コードをご確認いただくか、番号札をお取りください。</translation>
    </message>
    <message>
        <source>This reservation was cancelled. Please take a ticket.</source>
        <translation>この予約は取り消されています。番号札をお取りください。</translation>
    </message>
    <message>
        <source>Your reservation is on %1 at %2. Please come on that day.</source>
        <translation>ご予約は%1の%2です。その日にお越しください。</translation>
    </message>
    <message>
        <source>Your reservation is at %1. Please check in from %2.</source>
        <translation>ご予約は%1です。%2から受付できます。</translation>
    </message>
    <message>
        <source>The time of your reservation (%1) has passed. Please take a ticket.</source>
        <translation>ご予約の時間（%1）を過ぎています。番号札をお取りください。</translation>
    </message>
    <message>
        <source>This reservation has already checked in.</source>
        <translation>この予約はすでに受付済みです。</translation>
    </message>
    <message>
        <source>The reservation could not be saved. Please try again.</source>
        <translation>予約を保存できませんでした。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Board</name>
    <message>
        <source>Now calling</source>
        <translation>ただいまお呼びしている番号</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1番窓口</translation>
    </message>
    <message>
        <source>Called before</source>
        <translation>お呼びした番号</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>現在の待ち人数</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1人待ち</translation>
    </message>
    <message>
        <source>Few waiting</source>
        <translation>空き</translation>
    </message>
    <message>
        <source>Some waiting</source>
        <translation>やや混雑</translation>
    </message>
    <message>
        <source>Many waiting</source>
        <translation>混雑</translation>
    </message>
    <message>
        <source>Very crowded</source>
        <translation>大変混雑</translation>
    </message>
    <message>
        <source>Number %1, please come to counter %2.</source>
        <extracomment>A call spoken on the display board by a speech synthesizer; for Japanese write it in kana only, the synthesizer cannot read kanji.</extracomment>
        <translation>ばんごう %1 の かた、%2 ばん まどぐちへ おこしください。</translation>
    </message>
    <message>
        <source>This board has lost its connection to the office. Please listen for your number or ask at the reception.</source>
        <translation>この表示板は庁舎のサーバーとの接続が切れています。番号の呼び出しの放送をお聞きになるか、受付でおたずねください。</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Card</name>
    <message>
        <source>The PIN is not right. Please enter it again.</source>
        <translation>暗証番号が​正しくありません。もう一度​入力してください。</translation>
    </message>
    <message>
        <source>This card is not a My Number card. Please place your My Number card on the reader.</source>
        <translation>このカードは​マイナンバーカードでは​ありません。マイナンバーカードを​読み取り機に​置いてください。</translation>
    </message>
    <message>
        <source>The card was moved before the reading finished. Please place it again and leave it there until the screen says it has been read.</source>
        <translation>読み取りが​終わる前に​カードが​動きました。もう一度​カードを置き、画面に​「カードを​読み取りました」と​表示されるまで、動かさないでください。</translation>
    </message>
    <message>
        <source>The card could not be read. Please place it again and keep it still.</source>
        <translation>カードを​読み取れませんでした。もう一度​置いて、動かさないでください。</translation>
    </message>
    <message>
        <source>The card was taken off the reader. Please place it again and leave it there: the PIN is asked once it is read.</source>
        <translation>カードが​読み取り機から​離れました。もう一度​置いて、そのままに​してください。読み取りが​終わると、暗証番号の​入力に​進みます。</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Counter</name>
    <message>
        <source>The counter is open</source>
        <translation>窓口は開設中です</translation>
    </message>
    <message>
        <source>The counter is closed</source>
        <translation>窓口は閉鎖中です</translation>
    </message>
    <message>
        <source>Open the counter first (F9)</source>
        <translation>先に開設してください（F9）</translation>
    </message>
    <message>
        <source>The counter is paused</source>
        <translation>窓口は休止中です</translation>
    </message>
    <message>
        <source>Paused: open it to go on (F9)</source>
        <translation>休止中です。続けるには開設してください（F9）</translation>
    </message>
    <message>
        <source>A visitor is at the counter</source>
        <translation>お客様対応中</translation>
    </message>
    <message>
        <source>Already serving</source>
        <translation>すでに対応中です</translation>
    </message>
    <message>
        <source>No visitor has been called</source>
        <translation>呼出中の方なし</translation>
    </message>
    <message>
        <source>Start serving first (F3)</source>
        <translation>先に対応開始（F3）</translation>
    </message>
    <message>
        <source>No visitor is being served</source>
        <translation>対応中の方なし</translation>
    </message>
    <message>
        <source>My Number card</source>
        <translation>マイナンバーカード</translation>
    </message>
    <message>
        <source>Pre-application</source>
        <translation>事前申請</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>The card has been read. Please give it back to the visitor.</source>
        <translation>カードを読み取りました。カードをお客様に返却してください。</translation>
    </message>
    <message>
        <source>The pre-application has been read.</source>
        <translation>事前申請を読み取りました。</translation>
    </message>
    <message>
        <source>%1 (household member %2)</source>
        <translation>%1（世帯員%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) printed: the visitor checks them and signs.</source>
        <translation>
            <numerusform>申請書を%n件印刷しました。お客様に内容の確認と署名を依頼してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) the fonts lack are left as boxes: write them by hand.</source>
        <translation>
            <numerusform>フォントにない文字%n字は□で印刷されています。手書きで記入してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Madoguchi::Field</name>
    <message>
        <source>Family name</source>
        <extracomment>A field of the visitor&apos;s profile and the forms: 氏 (surname)</extracomment>
        <translation>氏</translation>
    </message>
    <message>
        <source>Given name</source>
        <extracomment>A field of the visitor&apos;s profile and the forms: 名 (given name)</extracomment>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name (reading)</source>
        <extracomment>A field: the reading of the family name in katakana (フリガナ)</extracomment>
        <translation>氏（フリガナ）</translation>
    </message>
    <message>
        <source>Given name (reading)</source>
        <extracomment>A field: the reading of the given name in katakana (フリガナ)</extracomment>
        <translation>名（フリガナ）</translation>
    </message>
    <message>
        <source>Former surname</source>
        <extracomment>A field: 旧氏, a former surname a resident asked to have recorded (e.g. a maiden name)</extracomment>
        <translation>旧氏</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <extracomment>A field: 生年月日</extracomment>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Sex</source>
        <extracomment>A field: 性別, as the resident register records it</extracomment>
        <translation>性別</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <extracomment>A value of the field Sex: ISO 5218 code 9, as some records hold it</extracomment>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>Relationship to the head of household</source>
        <extracomment>A field: 続柄, the person&apos;s relationship to the head of household (e.g. 妻, 子)</extracomment>
        <translation>続柄</translation>
    </message>
    <message>
        <source>Nationality or region</source>
        <extracomment>A field for foreign residents: 国籍・地域</extracomment>
        <translation>国籍・地域</translation>
    </message>
    <message>
        <source>Status of residence</source>
        <extracomment>A field for foreign residents: 在留資格 (e.g. 永住者, 技術・人文知識・国際業務)</extracomment>
        <translation>在留資格</translation>
    </message>
    <message>
        <source>Period of stay ends</source>
        <extracomment>A field for foreign residents: 在留期間の満了日</extracomment>
        <translation>在留期間の満了日</translation>
    </message>
    <message>
        <source>Residence card number</source>
        <extracomment>A field for foreign residents: 在留カード番号 (12 characters, e.g. AB12345678CD)</extracomment>
        <translation>在留カード番号</translation>
    </message>
    <message>
        <source>Postal code</source>
        <extracomment>A field: 郵便番号</extracomment>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>A field: 住所, the address the visitor lives at (or moves to)</extracomment>
        <translation>住所</translation>
    </message>
    <message>
        <source>Building and room</source>
        <extracomment>A field: 方書, the building&apos;s name and the room number after the address</extracomment>
        <translation>方書</translation>
    </message>
    <message>
        <source>Telephone</source>
        <extracomment>A field: 電話番号, a number to reach the visitor during the day</extracomment>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>A field: メールアドレス</extracomment>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Head of household</source>
        <extracomment>A field: 世帯主, the name of the head of household</extracomment>
        <translation>世帯主</translation>
    </message>
    <message>
        <source>Registered domicile</source>
        <extracomment>A field: 本籍, the registered domicile of a Japanese national&apos;s family register</extracomment>
        <translation>本籍</translation>
    </message>
    <message>
        <source>Head of the family register</source>
        <extracomment>A field: 筆頭者, the person at the head of the family register</extracomment>
        <translation>筆頭者</translation>
    </message>
    <message>
        <source>Date of the move</source>
        <extracomment>A field: 異動日, the day of moving in, out or within the city</extracomment>
        <translation>異動日</translation>
    </message>
    <message>
        <source>Previous address</source>
        <extracomment>A field: 従前の住所, the address before the move</extracomment>
        <translation>従前の住所</translation>
    </message>
    <message>
        <source>Previous head of household</source>
        <extracomment>A field: the head of household at the address before the move (前住所の世帯主)</extracomment>
        <translation>従前の世帯主</translation>
    </message>
    <message>
        <source>Address moving to</source>
        <extracomment>A field: 転出先, the address the visitor moves to outside the city</extracomment>
        <translation>転出先</translation>
    </message>
    <message>
        <source>Occupation</source>
        <extracomment>A field: 職業 (the claimant&apos;s occupation, on a child-allowance claim)</extracomment>
        <translation>職業</translation>
    </message>
    <message>
        <source>Bank</source>
        <extracomment>A field: 金融機関名, the bank an allowance is paid into</extracomment>
        <translation>金融機関名</translation>
    </message>
    <message>
        <source>Branch</source>
        <extracomment>A field: 支店名, the bank&apos;s branch</extracomment>
        <translation>支店名</translation>
    </message>
    <message>
        <source>Account type</source>
        <extracomment>A field: 預金種目, the kind of bank account</extracomment>
        <translation>預金種目</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <extracomment>A kind of bank account: 普通</extracomment>
        <translation>普通</translation>
    </message>
    <message>
        <source>Current</source>
        <extracomment>A kind of bank account: 当座</extracomment>
        <translation>当座</translation>
    </message>
    <message>
        <source>Account number</source>
        <extracomment>A field: 口座番号 (7 digits in Japan)</extracomment>
        <translation>口座番号</translation>
    </message>
    <message>
        <source>Account holder (reading)</source>
        <extracomment>A field: 口座名義 (カナ), the account holder&apos;s name as the bank writes it, in katakana</extracomment>
        <translation>口座名義（フリガナ）</translation>
    </message>
    <message>
        <source>This field is empty.</source>
        <translation>入力されていません。</translation>
    </message>
    <message>
        <source>This is longer than the form has room for (%1 characters).</source>
        <translation>用紙に入りきりません（%1文字まで）。</translation>
    </message>
    <message>
        <source>A name has no digits or symbols.</source>
        <translation>氏名に数字や記号は使えません。</translation>
    </message>
    <message>
        <source>Write the reading in katakana or hiragana.</source>
        <translation>フリガナはカタカナかひらがなで入力してください。</translation>
    </message>
    <message>
        <source>This holds characters that cannot be printed.</source>
        <translation>印刷できない文字が含まれています。</translation>
    </message>
    <message>
        <source>This is not a date that exists. Write it as 1990-04-01 or 平成2年4月1日.</source>
        <translation>存在しない日付です。1990-04-01 または 平成2年4月1日 のように入力してください。</translation>
    </message>
    <message>
        <source>Choose one of the answers offered.</source>
        <translation>選択肢から選んでください。</translation>
    </message>
    <message>
        <source>A postal code has 7 digits, as 123-4567.</source>
        <translation>郵便番号は 123-4567 のように7桁です。</translation>
    </message>
    <message>
        <source>A telephone number has 10 or 11 digits starting with 0, or starts with + and the country code.</source>
        <translation>電話番号は0から始まる10桁か11桁、または + と国番号から始まる番号です。</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>メールアドレスではありません。</translation>
    </message>
    <message>
        <source>A residence card number is 2 letters, 8 digits and 2 letters, as AB12345678CD.</source>
        <translation>在留カード番号は AB12345678CD のように英字2文字・数字8桁・英字2文字です。</translation>
    </message>
    <message>
        <source>Write %1 digits.</source>
        <translation>数字%1桁で入力してください。</translation>
    </message>
    <message>
        <source>There is no such field.</source>
        <translation>この項目はありません。</translation>
    </message>
    <message>
        <source>There is no such person in this household.</source>
        <translation>この世帯にその人はいません。</translation>
    </message>
    <message>
        <source>A value must be written as text.</source>
        <translation>値は文字列で書いてください。</translation>
    </message>
    <message>
        <source>The household members are a list of at most %1 people.</source>
        <translation>世帯員は%1人までのリストです。</translation>
    </message>
    <message>
        <source>A household member is an object of fields.</source>
        <translation>世帯員は項目のオブジェクトです。</translation>
    </message>
    <message>
        <source>The stored profile of this visit cannot be opened (another key, or damaged).</source>
        <translation>この来庁の保存された申請情報を開けません（鍵が異なるか、破損しています）。</translation>
    </message>
    <message>
        <source>That source gave no value for this field.</source>
        <translation>その取得元からは、この項目の値がありません。</translation>
    </message>
</context>
<context>
    <name>Madoguchi::GuidePage</name>
    <message>
        <source>What is happening in your life?</source>
        <translation>暮らしの中で、どのような出来事がありますか？</translation>
    </message>
    <message>
        <source>Choose one: a few questions follow, then the procedures for you, in the order to do them.</source>
        <translation>1つお選びください。いくつかの質問にお答えいただくと、必要な手続きを、行う順番でご案内します。</translation>
    </message>
    <message>
        <source>I know what I need: choose the procedures myself</source>
        <translation>必要な手続きがわかっている方：一覧から自分で選ぶ</translation>
    </message>
    <message>
        <source>Choose your procedures</source>
        <translation>手続きをお選びください</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>質問 %1 / %2</translation>
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
        <translation>戻る</translation>
    </message>
    <message>
        <source>What to do, in this order</source>
        <translation>この順番で手続きをしてください</translation>
    </message>
    <message>
        <source>Your answers call for no procedure. Please go back and check them.</source>
        <translation>ご回答の内容では、必要な手続きはありません。前の画面に戻って、回答をご確認ください。</translation>
    </message>
    <message>
        <source>Counters %1</source>
        <translation>窓口 %1</translation>
    </message>
    <message>
        <source>Bring:</source>
        <translation>持ち物：</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>手数料：%1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>無料</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1円</translation>
    </message>
    <message>
        <source>About %1 min at the counter</source>
        <translation>窓口での所要時間：約%1分</translation>
    </message>
    <message>
        <source>Online instead: %1</source>
        <translation>オンラインでの手続き：%1</translation>
    </message>
    <message>
        <source>Fees together: %1. About %2 min at the counters.</source>
        <translation>手数料の合計：%1。窓口での所要時間の合計：約%2分。</translation>
    </message>
    <message>
        <source>Next: fill in your details once</source>
        <translation>次へ：情報を一度だけ入力する</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>対象：%1</translation>
    </message>
    <message>
        <source>Everyone with this life event</source>
        <translation>この出来事に当てはまるすべての方</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>In a condition: a question and the answer that makes it hold (&quot;Do you have a car? — Yes&quot;)</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 — not %2</source>
        <extracomment>In a condition: a question and the answer that must not be given</extracomment>
        <translation>%1 → %2 以外</translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation>%1、かつ %2</translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <translation>%1、または %2</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation>（%1）に当てはまらない</translation>
    </message>
    <message>
        <source>Life events and their procedures</source>
        <translation>出来事ごとの手続き一覧</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Kiosk</name>
    <message>
        <source>The office system cannot be reached, so no tickets can be issued now. Please ask a clerk.</source>
        <translation>庁内システムにつながらないため、現在番号札を発行できません。職員にお声がけください。</translation>
    </message>
    <message>
        <source>The office system cannot be reached, so no ticket was issued. Please ask a clerk.</source>
        <translation>庁内システムにつながらないため、番号札は発行されていません。職員にお声がけください。</translation>
    </message>
    <message>
        <source>No ticket could be issued: %1</source>
        <translation>番号札を発行できませんでした：%1</translation>
    </message>
    <message>
        <source>This kiosk has no printer. Please note your number or photograph the code on the screen.</source>
        <translation>この発券機にはプリンターがありません。番号を控えるか、画面のコードを撮影してください。</translation>
    </message>
    <message>
        <source>The ticket could not be printed (%1). Your number is on the screen: please note it or photograph the code.</source>
        <translation>番号札を印刷できませんでした（%1）。番号は画面に表示されています。控えるか、コードを撮影してください。</translation>
    </message>
    <message>
        <source>no wait (reference)</source>
        <translation>待ち時間なし（参考値）</translation>
    </message>
    <message>
        <source>about %1–%2 min (reference)</source>
        <extracomment>参考値: a reference range of waiting minutes, never a promise</extracomment>
        <translation>約%1〜%2分（参考値）</translation>
    </message>
    <message>
        <source>Reservation at %1</source>
        <translation>予約 %1</translation>
    </message>
    <message>
        <source>A reservation code has 8 letters and digits, like 7K3M-Q2P7. Please check it.</source>
        <translation>予約コードは英数字8文字です（例：7K3M-Q2P7）。ご確認ください。</translation>
    </message>
    <message>
        <source>This code is not right. Please check each character, or scan the QR code.</source>
        <translation>コードが正しくありません。1文字ずつご確認いただくか、QRコードをかざしてください。</translation>
    </message>
    <message>
        <source>This code cannot be read. If it is your reservation, please type its code.</source>
        <translation>このコードは読み取れません。予約のコードでしたら、入力してください。</translation>
    </message>
    <message>
        <source>This is the code of a ticket: scan it with your phone to follow your turn.</source>
        <translation>これは番号札のコードです。スマートフォンで読み取ると、順番を確認できます。</translation>
    </message>
    <message>
        <source>This code cannot be used here.</source>
        <translation>このコードはここでは使えません。</translation>
    </message>
    <message>
        <source>The clerk could not be called. Please ask at the nearest counter.</source>
        <translation>職員を呼べませんでした。お近くの窓口にお声がけください。</translation>
    </message>
    <message>
        <source>Your details from home have been read. Please choose your procedure: the clerk will have them.</source>
        <translation>ご自宅で入力された内容を読み取りました。手続きを選んでください。窓口の職員に引き継がれます。</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Notice</name>
    <message>
        <source>This office does not send notices by %1.</source>
        <translation>この窓口では%1によるお知らせを送っていません。</translation>
    </message>
    <message>
        <source>This is not an e-mail address notices can be sent to.</source>
        <translation>お知らせを送れるメールアドレスではありません。</translation>
    </message>
    <message>
        <source>The address must be 1 to %1 characters.</source>
        <translation>アドレスは1〜%1文字で入力してください。</translation>
    </message>
    <message>
        <source>This ticket is finished; there is nothing left to notify.</source>
        <translation>この番号札の手続きは終わっています。お知らせすることはありません。</translation>
    </message>
    <message>
        <source>A ticket can have at most %1 addresses for notices.</source>
        <translation>1枚の番号札に登録できるお知らせの宛先は%1件までです。</translation>
    </message>
</context>
<context>
    <name>Madoguchi::NoticeText</name>
    <message>
        <source>Your turn is near: %1</source>
        <translation>まもなく順番です：%1</translation>
    </message>
    <message>
        <source>Number %1: people ahead of you: %2. Please come back to the waiting area.</source>
        <translation>番号%1：前にお待ちの方は%2人です。待合室にお戻りください。</translation>
    </message>
    <message>
        <source>Your number %1 is called</source>
        <translation>番号%1をお呼びしています</translation>
    </message>
    <message>
        <source>Number %1 is called. Please go to %2.</source>
        <translation>番号%1をお呼びしています。%2へお越しください。</translation>
    </message>
    <message>
        <source>Your ticket: %1</source>
        <translation>番号札の状況：%1</translation>
    </message>
    <message>
        <source>This is an automatic message from %1. Please do not reply to it.</source>
        <translation>このメッセージは%1から自動で送信しています。返信しないでください。</translation>
    </message>
</context>
<context>
    <name>Madoguchi::PreApplicationPage</name>
    <message>
        <source>Fill in your details before you come</source>
        <translation>ご来庁前に情報をご入力ください</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Write your details once here, and show the code you get at the kiosk or the counter: the clerk fills in your forms. Nothing is sent anywhere: the details stay on this phone until you show the code.</source>
        <translation>ここで一度情報を入力し、表示されるコードを発券機か窓口でお見せください。申請書は職員が記入します。入力した内容はどこにも送信されません。コードをお見せするまで、このスマートフォンの中だけに残ります。</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>お客様の情報</translation>
    </message>
    <message>
        <source>Fill in what you know; leave the rest empty. Write names as on your residence record.</source>
        <translation>わかる項目だけ入力し、ほかは空欄のままにしてください。氏名は住民票のとおりに入力してください。</translation>
    </message>
    <message>
        <source>Make my code</source>
        <translation>コードを作る</translation>
    </message>
    <message>
        <source>Please check “%1”.</source>
        <translation>「%1」をご確認ください。</translation>
    </message>
    <message>
        <source>Please fill in at least one detail.</source>
        <translation>1つ以上の項目を入力してください。</translation>
    </message>
    <message>
        <source>Your code</source>
        <translation>お客様のコード</translation>
    </message>
    <message>
        <source>Show this code at the kiosk or the counter. Keep the screen bright; take a screenshot to keep it.</source>
        <translation>このコードを発券機か窓口でお見せください。画面は明るくしておいてください。保存するには、スクリーンショットを撮ってください。</translation>
    </message>
    <message>
        <source>Change my details</source>
        <translation>入力内容を変更する</translation>
    </message>
    <message>
        <source>This page needs JavaScript to make your code.</source>
        <translation>このページでコードを作るには、JavaScriptが必要です。</translation>
    </message>
    <message>
        <source>The details are too long for one code. Please leave out what the clerk can fill in, such as a previous address.</source>
        <translation>入力した内容が多すぎて、1つのコードに収まりません。従前の住所など、職員が記入できる項目は省いてください。</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Queue</name>
    <message>
        <source>%1 (fallback: no one is waiting for this counter&apos;s main services)</source>
        <translation>%1（代替：この窓口の主な業務に待っている人がいません）</translation>
    </message>
    <message>
        <source>arrival order: waiting since %1</source>
        <translation>到着順：%1から待っています</translation>
    </message>
    <message>
        <source>priority class first, then arrival (waiting since %1)</source>
        <translation>優先区分を先に、次に到着順（%1から待っています）</translation>
    </message>
    <message>
        <source>%1:1 alternation: priority turn (%2 of %1)</source>
        <translation>%1対1の交互：優先の番（%1回中%2回目）</translation>
    </message>
    <message>
        <source>%1:1 alternation: regular turn</source>
        <translation>%1対1の交互：一般の番</translation>
    </message>
    <message>
        <source>walk-in waiting over %1 min (since %2)</source>
        <translation>予約なしの方が%1分以上お待ち（%2から）</translation>
    </message>
    <message>
        <source>appointment due %1</source>
        <translation>予約 %1</translation>
    </message>
    <message>
        <source>no appointment due; arrival order: waiting since %1</source>
        <translation>時間になった予約なし。到着順：%1から待っています</translation>
    </message>
    <message>
        <source>appointment at %1, called early: no one else is waiting</source>
        <translation>%1の予約を早めに呼出：ほかに待っている人がいません</translation>
    </message>
    <message>
        <source>transferred to this counter; waiting since %1</source>
        <translation>この窓口へ回付：%1から待っています</translation>
    </message>
    <message>
        <source>called by number</source>
        <translation>番号を指定して呼出</translation>
    </message>
    <message>
        <source>returned from the pool</source>
        <translation>保留から戻しました</translation>
    </message>
    <message>
        <source>There is no counter %1.</source>
        <translation>%1番窓口はありません。</translation>
    </message>
    <message>
        <source>There is no service &apos;%1&apos; at this office.</source>
        <translation>この庁舎には「%1」という業務はありません。</translation>
    </message>
    <message>
        <source>No open ticket has the number %1.</source>
        <translation>番号 %1 の受付中の番号札はありません。</translation>
    </message>
    <message>
        <source>Choose between one and ten services.</source>
        <translation>手続きは1〜10件の間で選んでください。</translation>
    </message>
    <message>
        <source>%1 is asked for twice.</source>
        <translation>%1 が2回指定されています。</translation>
    </message>
    <message>
        <source>The language &apos;%1&apos; is not offered at this office.</source>
        <translation>この庁舎では「%1」の言語に対応していません。</translation>
    </message>
    <message>
        <source>An appointment needs its code and its time.</source>
        <translation>予約にはコードと時間が必要です。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid outcome: use lower-case letters, digits and &apos;-&apos; (at most 32).</source>
        <translation>「%1」は結果として使えません。英小文字・数字・「-」で32文字以内にしてください。</translation>
    </message>
    <message>
        <source>The office is closed now.</source>
        <translation>現在は受付時間外です。</translation>
    </message>
    <message>
        <source>The office is closed now. It opens again on %1 at %2.</source>
        <translation>現在は受付時間外です。次の受付は%1の%2からです。</translation>
    </message>
    <message>
        <source>All numbers of %1 (%2 to %3) are held by open visits; finish or cancel some first.</source>
        <translation>%1 の番号（%2〜%3）はすべて使用中です。先にいくつか終了または取消してください。</translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used for a different ticket request; use a new key.</source>
        <translation>このIdempotency-Keyは別の発券要求で使用済みです。新しいキーを使ってください。</translation>
    </message>
    <message>
        <source>Counter %1 is paused; resume it before calling.</source>
        <translation>%1番窓口は一時停止中です。呼出の前に再開してください。</translation>
    </message>
    <message>
        <source>Counter %1 is closed; open it before calling.</source>
        <translation>%1番窓口は閉じています。呼出の前に開けてください。</translation>
    </message>
    <message>
        <source>Counter %1 is already open.</source>
        <translation>%1番窓口はすでに開いています。</translation>
    </message>
    <message>
        <source>Counter %1 is already paused.</source>
        <translation>%1番窓口はすでに一時停止中です。</translation>
    </message>
    <message>
        <source>Counter %1 is closed.</source>
        <translation>%1番窓口は閉じています。</translation>
    </message>
    <message>
        <source>Counter %1 is still attending to %2; finish, transfer or park that visit first.</source>
        <translation>%1番窓口はまだ %2 の対応中です。先に終了・回付・保留のいずれかをしてください。</translation>
    </message>
    <message>
        <source>Counter %1 has no visitor at the moment.</source>
        <translation>%1番窓口には現在お客様がいません。</translation>
    </message>
    <message>
        <source>No one is waiting for the services of counter %1.</source>
        <translation>%1番窓口の業務を待っている人はいません。</translation>
    </message>
    <message>
        <source>Counter %1 does not take %2 (%3); transfer the visit instead.</source>
        <translation>%1番窓口は %2 を扱っていません（%3）。回付してください。</translation>
    </message>
    <message>
        <source>%1 was transferred to counter %2.</source>
        <translation>%1 は%2番窓口へ回付されました。</translation>
    </message>
    <message>
        <source>%1 is already at counter %2; there is no one to recall.</source>
        <translation>%1 はすでに%2番窓口にいます。再呼出の必要はありません。</translation>
    </message>
    <message>
        <source>%1 is already being served at counter %2; finish the visit instead.</source>
        <translation>%1 はすでに%2番窓口で対応中です。終了してください。</translation>
    </message>
    <message>
        <source>%1 is being served at counter %2; finish or transfer it there.</source>
        <translation>%1 は%2番窓口で対応中です。そこで終了または回付してください。</translation>
    </message>
    <message>
        <source>%1 is already at counter %2 for that service.</source>
        <translation>%1 はその手続きですでに%2番窓口にいます。</translation>
    </message>
    <message>
        <source>The change could not be saved, so nothing was changed: %1</source>
        <translation>変更を保存できなかったため、何も変更していません：%1</translation>
    </message>
    <message>
        <source>%1 is waiting in the queue.</source>
        <translation>%1 は順番待ちです。</translation>
    </message>
    <message>
        <source>%1 has already been called to counter %2.</source>
        <translation>%1 はすでに%2番窓口に呼び出されています。</translation>
    </message>
    <message>
        <source>%1 is already being served at counter %2.</source>
        <translation>%1 はすでに%2番窓口で対応中です。</translation>
    </message>
    <message>
        <source>%1 is parked in the pool.</source>
        <translation>%1 は保留中です。</translation>
    </message>
    <message>
        <source>%1 is no longer open.</source>
        <translation>%1 はすでに終了しています。</translation>
    </message>
    <message>
        <source>The route of the visit does not fit its services: each step may wait only for other services of the visit.</source>
        <translation>来庁の順路が手続きの窓口と合っていません。各手続きが待てるのは、同じ来庁のほかの窓口だけです。</translation>
    </message>
    <message>
        <source>%1 has no such step still to come.</source>
        <translation>%1 には、これから行うその手続きはありません。</translation>
    </message>
</context>
<context>
    <name>Madoguchi::StatusPage</name>
    <message>
        <source>Your ticket</source>
        <translation>受付票</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>お客様の番号</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>番号が呼ばれるまでお待ちください。</translation>
    </message>
    <message>
        <source>Your number is called. Please come now.</source>
        <translation>番号が呼ばれました。すぐにお越しください。</translation>
    </message>
    <message>
        <source>You are being served.</source>
        <translation>ただいま手続き中です。</translation>
    </message>
    <message>
        <source>Please wait near the counters; staff will call you again.</source>
        <translation>窓口の近くでお待ちください。職員が改めてお呼びします。</translation>
    </message>
    <message>
        <source>All your procedures are finished. Thank you.</source>
        <translation>すべての手続きが終わりました。ありがとうございました。</translation>
    </message>
    <message>
        <source>This ticket was cancelled.</source>
        <translation>この番号札は取り消されました。</translation>
    </message>
    <message>
        <source>You were called but not present. Please take a new ticket.</source>
        <translation>お呼びしましたが、いらっしゃいませんでした。新しい番号札をお取りください。</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>%1へお越しください</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>前にお待ちの方：%1人</translation>
    </message>
    <message>
        <source>Estimated wait: %1–%2 minutes (for reference only)</source>
        <translation>待ち時間の目安：%1〜%2分（参考値）</translation>
    </message>
    <message>
        <source>No wait estimate is available now.</source>
        <translation>現在、待ち時間の目安はありません。</translation>
    </message>
    <message>
        <source>Your procedures</source>
        <translation>お手続き</translation>
    </message>
    <message>
        <source>This page updates by itself.</source>
        <translation>このページは自動で更新されます。</translation>
    </message>
    <message>
        <source>Connection lost; trying again…</source>
        <translation>接続が切れました。再接続しています…</translation>
    </message>
    <message>
        <source>This page reloads every 30 seconds.</source>
        <translation>このページは30秒ごとに更新されます。</translation>
    </message>
    <message>
        <source>Ticket not found</source>
        <translation>番号札が見つかりません</translation>
    </message>
    <message>
        <source>No ticket has this link. It may belong to an earlier day. Please ask at the reception.</source>
        <translation>このリンクに当たる番号札はありません。前の日のものかもしれません。受付でおたずねください。</translation>
    </message>
    <message>
        <source>Get a message when your turn is near</source>
        <translation>順番が近づいたらお知らせします</translation>
    </message>
    <message>
        <source>We send one message when few people are ahead of you and one when you are called. You can leave the waiting room meanwhile.</source>
        <translation>前にお待ちの方が少なくなったときと、番号が呼ばれたときに、1回ずつお知らせします。その間、待合室を離れてもかまいません。</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>携帯電話番号</translation>
    </message>
    <message>
        <source>Send me a message</source>
        <translation>お知らせを受け取る</translation>
    </message>
    <message>
        <source>Done. We will send you a message when your turn is near.</source>
        <translation>登録しました。順番が近づいたらお知らせします。</translation>
    </message>
    <message>
        <source>We cannot send to this address. Please check it and try again.</source>
        <translation>このあて先には送れません。確認して、もう一度入力してください。</translation>
    </message>
    <message>
        <source>This ticket cannot take more addresses.</source>
        <translation>この番号札には、これ以上あて先を登録できません。</translation>
    </message>
    <message>
        <source>Sorry, this did not work. Please try again or ask at the reception.</source>
        <translation>申し訳ありません。うまくいきませんでした。もう一度お試しいただくか、受付でおたずねください。</translation>
    </message>
    <message>
        <source>You will be called at: %1 (%2)</source>
        <extracomment>Where a waiting visitor will be called: %1 is the service, %2 its counters (&quot;Counter 5, Counter 6&quot;)</extracomment>
        <translation>お呼びする窓口：%1（%2）</translation>
    </message>
    <message>
        <source>You will be called at: %1</source>
        <extracomment>Where a waiting visitor will be called, when the service has more counters than fit on a line</extracomment>
        <translation>お呼びする窓口：%1</translation>
    </message>
</context>
<context>
    <name>Madoguchi::TicketText</name>
    <message>
        <source>Your number</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>%1 (counter %2)</source>
        <translation>%1（%2番窓口）</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <extracomment>The issue time on a ticket, as a QDateTime format; Japanese: &quot;yyyy年M月d日 H:mm&quot;</extracomment>
        <translation>yyyy年M月d日 H:mm</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>発券：%1</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>お待ちの人数：%1人</translation>
    </message>
    <message>
        <source>Estimated wait: %1–%2 min (for reference only)</source>
        <translation>待ち時間の目安：%1〜%2分（参考値）</translation>
    </message>
    <message>
        <source>Scan to follow your turn on your phone.</source>
        <translation>スマートフォンで順番を確認できます。</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>番号が呼ばれるまでお待ちください。</translation>
    </message>
    <message>
        <source>Reservation at %1</source>
        <translation>予約 %1</translation>
    </message>
    <message>
        <source>The clerk has your details: you will not need to write them.</source>
        <translation>お客様の情報は職員に引き継がれています。ご自身で記入する必要はありません。</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>%1 of %2 digits entered</source>
        <extracomment>Read out instead of the digits: %1 digits of %2 entered</extracomment>
        <translation>%2桁のうち%1桁を入力しました</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>The PIN pad&apos;s keys beside 0: delete the last digit, and confirm the PIN</extracomment>
        <translation>消す</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <source>very crowded</source>
        <translation>大混雑</translation>
    </message>
    <message>
        <source>crowded</source>
        <translation>混雑</translation>
    </message>
    <message>
        <source>some waiting</source>
        <translation>やや混雑</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>空き</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>待ち状況</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>待っている人はいません。</translation>
    </message>
    <message>
        <source>Longest wait: %1 min (%2)</source>
        <extracomment>%1 minutes, %2 the service</extracomment>
        <translation>最長待ち時間：%1分（%2）</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1人待ち</translation>
    </message>
    <message>
        <source>longest %1 min</source>
        <extracomment>The one-stop visits on their way to this service from another counter, with what they bring</extracomment>
        <translation>最長%1分</translation>
    </message>
    <message>
        <source>parked: %1</source>
        <translation>保留：%1</translation>
    </message>
    <message>
        <source>coming: %1</source>
        <translation>このあと来る方：%1</translation>
    </message>
</context>
<context>
    <name>ReservationPage</name>
    <message>
        <source>Check in your reservation</source>
        <translation>予約の受付</translation>
    </message>
    <message>
        <source>Hold the QR code of your reservation (on paper or on your phone) under the reader.</source>
        <translation>予約のQRコード（紙またはスマートフォン）を読み取り機にかざしてください。</translation>
    </message>
    <message>
        <source>Or type the code of your reservation:</source>
        <translation>または予約コードを入力してください：</translation>
    </message>
    <message>
        <source>Code typed so far: %1</source>
        <translation>入力したコード：%1</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>受付する</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Delete one</source>
        <extracomment>Deletes the last character typed</extracomment>
        <translation>1文字消す</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>Deletes everything typed</extracomment>
        <translation>全部消す</translation>
    </message>
    <message>
        <source>Type all 8 characters</source>
        <extracomment>Why &quot;Check in&quot; cannot be pressed yet</extracomment>
        <translation>8文字すべて入力してください</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>People waiting: %1</source>
        <translation>待っている人：%1人</translation>
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
        <translation>どの手続きでお越しですか？</translation>
    </message>
    <message>
        <source>The office is closed now. Please come back during opening hours.</source>
        <translation>ただいま受付時間外です。受付時間内にお越しください。</translation>
    </message>
    <message>
        <source>I have a reservation</source>
        <translation>予約している方</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <extracomment>The first line of the idle kiosk: %1 is the office&apos;s name</extracomment>
        <translation>%1へようこそ</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>まだご利用中ですか？</translation>
    </message>
    <message>
        <source>The kiosk returns to the start in %1 s. Touch “Continue” to go on.</source>
        <translation>あと%1秒で​最初の画面に戻ります。「続ける」にタッチすると、このまま​続けられます。</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>Keeps the kiosk on the visitor&apos;s screen when asked &quot;Are you still there?&quot;</extracomment>
        <translation>続ける</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Your number</source>
        <translation>あなたの番号</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>あなたの前に：%1人</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>番号札を印刷しています…</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>番号札をお取りください。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>終わる</translation>
    </message>
    <message>
        <source>QR code of your status page</source>
        <translation>呼び出し状況ページのQRコード</translation>
    </message>
    <message>
        <source>Scan with your phone to see your turn coming.</source>
        <translation>スマートフォンで読み取ると、順番が近づいたことを確認できます。</translation>
    </message>
    <message>
        <source>Please have these ready:</source>
        <translation>次のものをご用意ください：</translation>
    </message>
    <message>
        <source>Please wait in the waiting area until the board calls your number.</source>
        <translation>呼出表示盤で​番号が呼ばれるまで、待合室でお待ちください。</translation>
    </message>
    <message>
        <source>See your turn on your phone</source>
        <translation>スマートフォンで​順番を確認できます</translation>
    </message>
    <message>
        <source>Back to the start in %1 s</source>
        <extracomment>How long until the kiosk shows its first screen again</extracomment>
        <translation>あと%1秒で​最初の画面に戻ります</translation>
    </message>
    <message>
        <source>The clerk has your details: you will not need to write them.</source>
        <translation>お客様の​情報は​職員に​引き継がれています。ご自身で​記入する​必要は​ありません。</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <source>Try again</source>
        <translation>もう一度試す</translation>
    </message>
</context>
<context>
    <name>VisitPane</name>
    <message>
        <source>later</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待ち</translation>
    </message>
    <message>
        <source>called</source>
        <translation>呼出中</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>不在</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>回送済み</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No visitor at this counter.</source>
        <translation>この窓口にはお客様がいません。</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Called, not yet here</source>
        <translation>呼出中（まだ来ていません）</translation>
    </message>
    <message>
        <source>Why this visitor: %1</source>
        <translation>この方を呼んだ理由：%1</translation>
    </message>
</context>
</TS>

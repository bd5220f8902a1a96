<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>AssistanceCalls</name>
    <message>
        <source>A visitor at the kiosk “%1” asks for a clerk (%2, since %3).</source>
        <translation>발권기 “%1”에서 방문자가 직원을 부르고 있습니다 (%2, %3부터).</translation>
    </message>
    <message>
        <source>I&apos;ll go</source>
        <translation>제가 갈게요</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>Display board — Madoguchi</source>
        <extracomment>The display board window&apos;s title</extracomment>
        <translation>호출 표시판 — Madoguchi</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Read your My Number card instead of writing?</source>
        <translation>직접 쓰는 대신 마이넘버 카드를 읽을까요?</translation>
    </message>
    <message>
        <source>Place your My Number card on the reader</source>
        <translation>마이넘버 카드를 리더기에 올려 주세요</translation>
    </message>
    <message>
        <source>Only one PIN try is left</source>
        <translation>비밀번호 입력 기회가 한 번 남았습니다</translation>
    </message>
    <message>
        <source>Enter your card&apos;s 4-digit PIN</source>
        <translation>카드의 4자리 비밀번호를 입력하세요</translation>
    </message>
    <message>
        <source>Your card has been read</source>
        <translation>카드를 읽었습니다</translation>
    </message>
    <message>
        <source>The PIN of this card is locked</source>
        <translation>이 카드의 비밀번호가 잠겼습니다</translation>
    </message>
    <message>
        <source>The card reader cannot be used now</source>
        <translation>지금은 카드 리더기를 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>카드를 읽고 있습니다…</translation>
    </message>
    <message>
        <source>The kiosk reads the name, address, date of birth and sex on your card and gives them to the clerk, who fills in your forms. Your individual number is not read. The details are deleted at the end of the day. You need the card&apos;s 4-digit PIN.</source>
        <translation>발권기가 카드에 적힌 이름, 주소, 생년월일, 성별을 읽어 직원에게 전달하고, 직원이 서류를 작성해 드립니다. 개인번호(마이넘버)는 읽지 않습니다. 읽은 정보는 당일 업무가 끝나면 삭제됩니다. 카드의 4자리 비밀번호가 필요합니다.</translation>
    </message>
    <message>
        <source>The reader is below the screen. Leave the card there until the screen says it has been read.</source>
        <translation>리더기는 화면 아래에 있습니다. 읽기가 끝났다는 안내가 화면에 나올 때까지 카드를 그대로 올려 두세요.</translation>
    </message>
    <message>
        <source>If this PIN is wrong too, the card is locked and must be reset at the municipal office. If you are not sure of the PIN, take a ticket without the card: the clerk will help you.</source>
        <translation>이번에도 비밀번호가 틀리면 카드가 잠기며, 시구정촌 창구에서 재설정해야 합니다. 비밀번호를 잘 모르시면 카드 없이 번호표를 받으세요. 직원이 도와드립니다.</translation>
    </message>
    <message>
        <source>The digits are not shown on the screen. Tries left: %1</source>
        <translation>입력한 숫자는 화면에 표시되지 않습니다. 남은 입력 기회: %1회</translation>
    </message>
    <message>
        <source>Please take your card with you. Your ticket is coming.</source>
        <translation>카드를 꼭 챙겨 가세요. 번호표가 곧 나옵니다.</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly too many times. It can be reset at the My Number card counter of the municipal office with the card. You can still take a ticket now: the clerk will help you with the forms.</source>
        <translation>비밀번호를 너무 여러 번 잘못 입력했습니다. 카드를 가지고 시구정촌의 마이넘버 카드 창구에 가시면 재설정할 수 있습니다. 지금 번호표는 받으실 수 있으며, 서류 작성은 직원이 도와드립니다.</translation>
    </message>
    <message>
        <source>Please take a ticket: the clerk will enter your details.</source>
        <translation>번호표를 받아 주세요. 직원이 정보를 입력해 드립니다.</translation>
    </message>
    <message>
        <source>Please do not move the card.</source>
        <translation>카드를 움직이지 마세요.</translation>
    </message>
    <message>
        <source>Read my card</source>
        <translation>카드 읽기</translation>
    </message>
    <message>
        <source>I am sure of my PIN</source>
        <translation>비밀번호를 확실히 알아요</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>번호표 받기</translation>
    </message>
    <message>
        <source>No, just a ticket</source>
        <translation>아니요, 번호표만 받기</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>The name, address, date of birth and sex on your card are read for your forms, and your individual number for the forms that need it by law: it is printed on them and not kept. The details are deleted at the end of the day. You need the card&apos;s 4-digit PIN.</source>
        <translation>서류 작성을 위해 카드의 이름, 주소, 생년월일, 성별을 읽고, 법률상 필요한 서류에는 개인번호(마이넘버)도 읽습니다. 개인번호는 서류에 인쇄만 하고 보관하지 않습니다. 읽은 정보는 당일 업무가 끝나면 삭제됩니다. 카드의 4자리 비밀번호가 필요합니다.</translation>
    </message>
    <message>
        <source>The name, address, date of birth and sex on your card are read for your forms. Your individual number is not read. The details are deleted at the end of the day. You need the card&apos;s 4-digit PIN.</source>
        <translation>서류 작성을 위해 카드의 이름, 주소, 생년월일, 성별을 읽습니다. 개인번호(마이넘버)는 읽지 않습니다. 읽은 정보는 당일 업무가 끝나면 삭제됩니다. 카드의 4자리 비밀번호가 필요합니다.</translation>
    </message>
    <message>
        <source>Please take your card with you.</source>
        <translation>카드를 꼭 챙겨 가세요.</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly too many times. It can be reset at the My Number card counter of the municipal office with the card.</source>
        <translation>비밀번호를 너무 여러 번 잘못 입력했습니다. 카드를 가지고 시구정촌의 마이넘버 카드 창구에 가시면 재설정할 수 있습니다.</translation>
    </message>
    <message>
        <source>The card reader is not connected, or the smart card service is not running.</source>
        <translation>카드 리더기가 연결되어 있지 않거나 스마트카드 서비스가 실행되고 있지 않습니다.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Do not read the card</source>
        <translation>카드 읽지 않기</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <source>Counter %1 — %2</source>
        <translation>%1번 창구 — %2</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>다음 호출</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>재호출</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>응대 시작</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>응대 종료</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>부재</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>Number, e.g. A-023</source>
        <translation>번호 (예: A-023)</translation>
    </message>
    <message>
        <source>Call this number</source>
        <translation>이 번호 호출</translation>
    </message>
    <message>
        <source>Unpark</source>
        <translation>보류 해제</translation>
    </message>
    <message>
        <source>Service to transfer to</source>
        <translation>이관할 절차</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>이관</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>the counter&apos;s status</comment>
        <translation>운영 중</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>the counter&apos;s status</comment>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>the counter&apos;s status</comment>
        <translation>마감</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>action: open the counter</comment>
        <translation>열기</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>action: close the counter for the day</comment>
        <translation>마감하기</translation>
    </message>
    <message>
        <source>Outcome (optional), recorded with Finish</source>
        <extracomment>What came of the visit, recorded with Finish (F4), e.g. &quot;certificate issued&quot;</extracomment>
        <translation>결과 (선택, 응대 종료 시 기록)</translation>
    </message>
    <message>
        <source>Counter %1 — counter console</source>
        <extracomment>The console window&apos;s title: %1 is the counter&apos;s number</extracomment>
        <translation>%1번 창구 — 창구 단말기</translation>
    </message>
    <message>
        <source>Close counter %1 for the day? Waiting visitors stay in the queue.</source>
        <translation>오늘 %1번 창구를 마감할까요? 대기 중인 방문자는 대기열에 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Pause counter %1? No one is called here until it is opened again.</source>
        <translation>%1번 창구를 일시 중지할까요? 다시 열 때까지 이 창구에서는 아무도 호출하지 않습니다.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Keeps the counter as it is instead of pausing or closing it</extracomment>
        <translation>취소</translation>
    </message>
    <message>
        <source>Queue and actions</source>
        <translation>대기열 및 작업</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>서류</translation>
    </message>
</context>
<context>
    <name>DemoDevicesWindow</name>
    <message>
        <source>Simulated devices</source>
        <translation>시뮬레이션 장치</translation>
    </message>
    <message>
        <source>Scanner: hold a reservation&apos;s code to the kiosk</source>
        <translation>스캐너: 예약 코드를 발권기에 대기</translation>
    </message>
    <message>
        <source>%1 %2 — code %3</source>
        <translation>%1 %2 — 코드 %3</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>스캔</translation>
    </message>
    <message>
        <source>Printer: the last ticket</source>
        <translation>프린터: 마지막 번호표</translation>
    </message>
    <message>
        <source>Paper out</source>
        <translation>용지 없음</translation>
    </message>
    <message>
        <source>No ticket printed yet.</source>
        <translation>아직 인쇄된 번호표가 없습니다.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>켬</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>Card reader: place a My Number card (PIN 1234)</source>
        <translation>카드 리더기: 마이넘버 카드 올려놓기 (PIN 1234)</translation>
    </message>
    <message>
        <source>Lift the card</source>
        <translation>카드 떼기</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>올려놓기</translation>
    </message>
    <message>
        <source>One try left</source>
        <translation>1회 남음</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>잠김</translation>
    </message>
    <message>
        <source>Place a transit IC card</source>
        <translation>교통 IC 카드 올려놓기</translation>
    </message>
</context>
<context>
    <name>FormsPane</name>
    <message>
        <source>Forms of %1</source>
        <translation>%1 서류</translation>
    </message>
    <message>
        <source>No visit at the counter</source>
        <translation>창구에 응대 중인 방문자 없음</translation>
    </message>
    <message>
        <source>In the visit · printed</source>
        <translation>포함 · 인쇄됨</translation>
    </message>
    <message>
        <source>In the visit</source>
        <translation>포함</translation>
    </message>
    <message>
        <source>Not in the visit</source>
        <translation>미포함</translation>
    </message>
    <message>
        <source>Signed</source>
        <extracomment>The visitor has checked and signed the form</extracomment>
        <translation>서명 완료</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Read the My Number card</source>
        <translation>마이넘버 카드 읽기</translation>
    </message>
    <message>
        <source>Print all forms</source>
        <translation>서류 모두 인쇄</translation>
    </message>
    <message>
        <source>Empty boxes stay empty on paper</source>
        <translation>빈칸은 종이에도 빈칸으로 남습니다</translation>
    </message>
    <message>
        <source>Details for the forms</source>
        <translation>서류에 들어갈 정보</translation>
    </message>
    <message>
        <source>%1 missing, %2 to choose</source>
        <translation>누락 %1개, 선택 필요 %2개</translation>
    </message>
    <message>
        <source>Add a household member</source>
        <translation>세대원 추가</translation>
    </message>
    <message>
        <source>Preview of the form as it will print</source>
        <translation>인쇄될 서류 미리 보기</translation>
    </message>
    <message>
        <source>Sources disagree: choose</source>
        <translation>출처별 값이 다름: 선택하세요</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>누락</translation>
    </message>
    <message>
        <source>外字: the fonts lack a character; write it by hand</source>
        <translation>外字(외자): 글꼴에 없는 문자가 있습니다. 손으로 써 주세요</translation>
    </message>
    <message>
        <source>Type it once for every form</source>
        <translation>한 번 입력하면 모든 서류에 반영됩니다</translation>
    </message>
    <message>
        <source>個人番号 from the card</source>
        <translation>개인번호는 카드에서</translation>
    </message>
    <message>
        <source>個人番号: read the card</source>
        <translation>개인번호: 카드를 읽어 주세요</translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <source>Large text</source>
        <extracomment>Switch for large text; keep it short</extracomment>
        <translation>큰 글자</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>Switch for black-and-yellow high-contrast colours; keep it short</extracomment>
        <translation>고대비</translation>
    </message>
    <message>
        <source>Voice guidance</source>
        <extracomment>Switch for reading each screen aloud; keep it short</extracomment>
        <translation>음성 안내</translation>
    </message>
    <message>
        <source>Low screen</source>
        <extracomment>Switch that moves every control to the lower part of the screen, within reach from a wheelchair; keep it short</extracomment>
        <translation>낮은 화면</translation>
    </message>
    <message>
        <source>Call a clerk</source>
        <translation>직원 호출</translation>
    </message>
    <message>
        <source>Called</source>
        <extracomment>Under &quot;Call a clerk&quot; once it was pressed</extracomment>
        <translation>호출됨</translation>
    </message>
    <message>
        <source>On</source>
        <extracomment>The state of a switch in the kiosk&apos;s header</extracomment>
        <translation>켬</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끔</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>A clerk has been called and will come to you. Please wait here.</source>
        <translation>직원을 불렀습니다. 곧 이곳으로 갑니다. 여기서 기다려 주세요.</translation>
    </message>
    <message>
        <source>%1 — ticket kiosk</source>
        <extracomment>The kiosk window&apos;s title: %1 is the office&apos;s name</extracomment>
        <translation>%1 — 발권기</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>아직 이용 중이신가요?</translation>
    </message>
    <message>
        <source>Choose your language below.</source>
        <translation>아래에서 언어를 선택하세요.</translation>
    </message>
    <message>
        <source>Hold your reservation&apos;s QR code under the reader, or type its code below.</source>
        <translation>예약 QR 코드를 리더기에 대거나, 아래에 예약 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>번호표를 받아 가세요.</translation>
    </message>
    <message>
        <source>Your number: %1</source>
        <translation>나의 번호: %1</translation>
    </message>
    <message>
        <source>Touch your procedure below.</source>
        <translation>아래에서 원하시는 절차를 터치하세요.</translation>
    </message>
    <message>
        <source>The office is closed now.</source>
        <translation>지금은 업무 시간이 아닙니다.</translation>
    </message>
    <message>
        <source>Place your card on the reader.</source>
        <translation>카드를 리더기에 올려 주세요.</translation>
    </message>
    <message>
        <source>Enter your PIN below.</source>
        <translation>아래에서 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Only one PIN try is left.</source>
        <translation>비밀번호 입력 기회가 한 번 남았습니다.</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked.</source>
        <translation>카드의 비밀번호가 잠겼습니다.</translation>
    </message>
    <message>
        <source>Read your card instead of writing?</source>
        <translation>직접 쓰는 대신 카드를 읽을까요?</translation>
    </message>
    <message>
        <source>Please wait. Do not move the card.</source>
        <translation>잠시 기다려 주세요. 카드를 움직이지 마세요.</translation>
    </message>
    <message>
        <source>Please take your My Number card from the reader.</source>
        <translation>리더기에서 마이넘버 카드를 챙겨 가세요.</translation>
    </message>
    <message>
        <source>Please take your card.</source>
        <translation>카드를 챙겨 가세요.</translation>
    </message>
    <message>
        <source>The card reader cannot be used now.</source>
        <translation>지금은 카드 리더기를 사용할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>LoginPane</name>
    <message>
        <source>Counter %1: staff login</source>
        <translation>%1번 창구: 직원 로그인</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>로그인 ID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>로그인</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Appointment</name>
    <message>
        <source>This service does not take reservations at that time.</source>
        <translation>이 업무는 그 시간에 예약할 수 없습니다.</translation>
    </message>
    <message>
        <source>That time has already begun. Please choose a later time.</source>
        <translation>그 시간은 이미 시작되었습니다. 더 늦은 시간을 선택해 주세요.</translation>
    </message>
    <message>
        <source>That time is fully booked. Please choose another time.</source>
        <translation>그 시간은 예약이 다 찼습니다. 다른 시간을 선택해 주세요.</translation>
    </message>
    <message>
        <source>There is no reservation with this code. Please check the code, or take a ticket.</source>
        <translation>이 코드의 예약이 없습니다. 코드를 확인하시거나 번호표를 받아 주세요.</translation>
    </message>
    <message>
        <source>This reservation was cancelled. Please take a ticket.</source>
        <translation>이 예약은 취소되었습니다. 번호표를 받아 주세요.</translation>
    </message>
    <message>
        <source>Your reservation is on %1 at %2. Please come on that day.</source>
        <translation>예약일은 %1 %2입니다. 그날 방문해 주세요.</translation>
    </message>
    <message>
        <source>Your reservation is at %1. Please check in from %2.</source>
        <translation>예약 시간은 %1입니다. %2부터 접수할 수 있습니다.</translation>
    </message>
    <message>
        <source>The time of your reservation (%1) has passed. Please take a ticket.</source>
        <translation>예약 시간(%1)이 지났습니다. 번호표를 받아 주세요.</translation>
    </message>
    <message>
        <source>This reservation has already checked in.</source>
        <translation>이 예약은 이미 접수되었습니다.</translation>
    </message>
    <message>
        <source>The reservation could not be saved. Please try again.</source>
        <translation>예약을 저장하지 못했습니다. 다시 시도해 주세요.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Board</name>
    <message>
        <source>Now calling</source>
        <translation>지금 호출 중인 번호</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1번 창구</translation>
    </message>
    <message>
        <source>Called before</source>
        <translation>이전 호출 번호</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>현재 대기</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1명 대기</translation>
    </message>
    <message>
        <source>Few waiting</source>
        <translation>여유</translation>
    </message>
    <message>
        <source>Some waiting</source>
        <translation>약간 혼잡</translation>
    </message>
    <message>
        <source>Many waiting</source>
        <translation>혼잡</translation>
    </message>
    <message>
        <source>Very crowded</source>
        <translation>매우 혼잡</translation>
    </message>
    <message>
        <source>Number %1, please come to counter %2.</source>
        <extracomment>A call spoken on the display board by a speech synthesizer; for Japanese write it in kana only, the synthesizer cannot read kanji.</extracomment>
        <translation>%1번 고객님, %2번 창구로 오십시오.</translation>
    </message>
    <message>
        <source>This board has lost its connection to the office. Please listen for your number or ask at the reception.</source>
        <translation>이 안내판은 사무소와의 연결이 끊겼습니다. 번호 호출 방송을 들으시거나 접수처에 문의해 주십시오.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Card</name>
    <message>
        <source>The PIN is not right. Please enter it again.</source>
        <translation>비밀번호가 맞지 않습니다. 다시 입력해 주세요.</translation>
    </message>
    <message>
        <source>This card is not a My Number card. Please place your My Number card on the reader.</source>
        <translation>이 카드는 마이넘버 카드가 아닙니다. 마이넘버 카드를 리더기에 올려 주세요.</translation>
    </message>
    <message>
        <source>The card was moved before the reading finished. Please place it again and leave it there until the screen says it has been read.</source>
        <translation>읽기가 끝나기 전에 카드가 움직였습니다. 다시 올려 주시고, 읽기가 끝났다는 안내가 화면에 나올 때까지 그대로 두세요.</translation>
    </message>
    <message>
        <source>The card could not be read. Please place it again and keep it still.</source>
        <translation>카드를 읽지 못했습니다. 다시 올려 주시고 움직이지 마세요.</translation>
    </message>
    <message>
        <source>The card was taken off the reader. Please place it again and leave it there: the PIN is asked once it is read.</source>
        <translation>카드가 리더기에서 떨어졌습니다. 다시 올려 두세요. 카드를 읽으면 비밀번호를 입력하는 화면이 나옵니다.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Counter</name>
    <message>
        <source>The counter is open</source>
        <translation>창구가 운영 중입니다</translation>
    </message>
    <message>
        <source>The counter is closed</source>
        <translation>창구가 마감되었습니다</translation>
    </message>
    <message>
        <source>Open the counter first (F9)</source>
        <translation>먼저 창구를 여세요 (F9)</translation>
    </message>
    <message>
        <source>The counter is paused</source>
        <translation>창구가 일시 중지되었습니다</translation>
    </message>
    <message>
        <source>Paused: open it to go on (F9)</source>
        <translation>일시 중지됨: 계속하려면 창구를 여세요 (F9)</translation>
    </message>
    <message>
        <source>A visitor is at the counter</source>
        <translation>창구에 방문자가 있습니다</translation>
    </message>
    <message>
        <source>Already serving</source>
        <translation>이미 응대 중입니다</translation>
    </message>
    <message>
        <source>No visitor has been called</source>
        <translation>호출된 방문자가 없습니다</translation>
    </message>
    <message>
        <source>Start serving first (F3)</source>
        <translation>먼저 응대를 시작하세요 (F3)</translation>
    </message>
    <message>
        <source>No visitor is being served</source>
        <translation>응대 중인 방문자가 없습니다</translation>
    </message>
    <message>
        <source>My Number card</source>
        <translation>마이넘버 카드</translation>
    </message>
    <message>
        <source>Pre-application</source>
        <translation>사전 신청</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>The card has been read. Please give it back to the visitor.</source>
        <translation>카드를 읽었습니다. 방문자에게 카드를 돌려주세요.</translation>
    </message>
    <message>
        <source>The pre-application has been read.</source>
        <translation>사전 신청을 읽었습니다.</translation>
    </message>
    <message>
        <source>%1 (household member %2)</source>
        <translation>%1(세대원 %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) printed: the visitor checks them and signs.</source>
        <translation>
            <numerusform>서류 %n건을 인쇄했습니다. 방문자가 확인하고 서명합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) the fonts lack are left as boxes: write them by hand.</source>
        <translation>
            <numerusform>글꼴에 없는 문자 %n자는 네모 칸으로 인쇄되었습니다. 손으로 써 주세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Madoguchi::Field</name>
    <message>
        <source>Family name</source>
        <extracomment>A field of the visitor&apos;s profile and the forms: 氏 (surname)</extracomment>
        <translation>성</translation>
    </message>
    <message>
        <source>Given name</source>
        <extracomment>A field of the visitor&apos;s profile and the forms: 名 (given name)</extracomment>
        <translation>이름</translation>
    </message>
    <message>
        <source>Family name (reading)</source>
        <extracomment>A field: the reading of the family name in katakana (フリガナ)</extracomment>
        <translation>성(읽는 법)</translation>
    </message>
    <message>
        <source>Given name (reading)</source>
        <extracomment>A field: the reading of the given name in katakana (フリガナ)</extracomment>
        <translation>이름(읽는 법)</translation>
    </message>
    <message>
        <source>Former surname</source>
        <extracomment>A field: 旧氏, a former surname a resident asked to have recorded (e.g. a maiden name)</extracomment>
        <translation>옛 성(旧氏)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <extracomment>A field: 生年月日</extracomment>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>Sex</source>
        <extracomment>A field: 性別, as the resident register records it</extracomment>
        <translation>성별</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>남</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>여</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <extracomment>A value of the field Sex: ISO 5218 code 9, as some records hold it</extracomment>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>Relationship to the head of household</source>
        <extracomment>A field: 続柄, the person&apos;s relationship to the head of household (e.g. 妻, 子)</extracomment>
        <translation>세대주와의 관계(続柄)</translation>
    </message>
    <message>
        <source>Nationality or region</source>
        <extracomment>A field for foreign residents: 国籍・地域</extracomment>
        <translation>국적・지역</translation>
    </message>
    <message>
        <source>Status of residence</source>
        <extracomment>A field for foreign residents: 在留資格 (e.g. 永住者, 技術・人文知識・国際業務)</extracomment>
        <translation>재류 자격</translation>
    </message>
    <message>
        <source>Period of stay ends</source>
        <extracomment>A field for foreign residents: 在留期間の満了日</extracomment>
        <translation>재류 기간 만료일</translation>
    </message>
    <message>
        <source>Residence card number</source>
        <extracomment>A field for foreign residents: 在留カード番号 (12 characters, e.g. AB12345678CD)</extracomment>
        <translation>재류카드 번호</translation>
    </message>
    <message>
        <source>Postal code</source>
        <extracomment>A field: 郵便番号</extracomment>
        <translation>우편번호</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>A field: 住所, the address the visitor lives at (or moves to)</extracomment>
        <translation>주소</translation>
    </message>
    <message>
        <source>Building and room</source>
        <extracomment>A field: 方書, the building&apos;s name and the room number after the address</extracomment>
        <translation>건물명・호실(方書)</translation>
    </message>
    <message>
        <source>Telephone</source>
        <extracomment>A field: 電話番号, a number to reach the visitor during the day</extracomment>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>A field: メールアドレス</extracomment>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Head of household</source>
        <extracomment>A field: 世帯主, the name of the head of household</extracomment>
        <translation>세대주(世帯主)</translation>
    </message>
    <message>
        <source>Registered domicile</source>
        <extracomment>A field: 本籍, the registered domicile of a Japanese national&apos;s family register</extracomment>
        <translation>본적(本籍)</translation>
    </message>
    <message>
        <source>Head of the family register</source>
        <extracomment>A field: 筆頭者, the person at the head of the family register</extracomment>
        <translation>호적 필두자(筆頭者)</translation>
    </message>
    <message>
        <source>Date of the move</source>
        <extracomment>A field: 異動日, the day of moving in, out or within the city</extracomment>
        <translation>이동일</translation>
    </message>
    <message>
        <source>Previous address</source>
        <extracomment>A field: 従前の住所, the address before the move</extracomment>
        <translation>이전 주소</translation>
    </message>
    <message>
        <source>Previous head of household</source>
        <extracomment>A field: the head of household at the address before the move (前住所の世帯主)</extracomment>
        <translation>이전 주소의 세대주</translation>
    </message>
    <message>
        <source>Address moving to</source>
        <extracomment>A field: 転出先, the address the visitor moves to outside the city</extracomment>
        <translation>전출할 주소(転出先)</translation>
    </message>
    <message>
        <source>Occupation</source>
        <extracomment>A field: 職業 (the claimant&apos;s occupation, on a child-allowance claim)</extracomment>
        <translation>직업</translation>
    </message>
    <message>
        <source>Bank</source>
        <extracomment>A field: 金融機関名, the bank an allowance is paid into</extracomment>
        <translation>금융기관</translation>
    </message>
    <message>
        <source>Branch</source>
        <extracomment>A field: 支店名, the bank&apos;s branch</extracomment>
        <translation>지점</translation>
    </message>
    <message>
        <source>Account type</source>
        <extracomment>A field: 預金種目, the kind of bank account</extracomment>
        <translation>예금 종류</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <extracomment>A kind of bank account: 普通</extracomment>
        <translation>보통</translation>
    </message>
    <message>
        <source>Current</source>
        <extracomment>A kind of bank account: 当座</extracomment>
        <translation>당좌</translation>
    </message>
    <message>
        <source>Account number</source>
        <extracomment>A field: 口座番号 (7 digits in Japan)</extracomment>
        <translation>계좌번호</translation>
    </message>
    <message>
        <source>Account holder (reading)</source>
        <extracomment>A field: 口座名義 (カナ), the account holder&apos;s name as the bank writes it, in katakana</extracomment>
        <translation>예금주(읽는 법)</translation>
    </message>
    <message>
        <source>This field is empty.</source>
        <translation>입력되지 않았습니다.</translation>
    </message>
    <message>
        <source>This is longer than the form has room for (%1 characters).</source>
        <translation>서식에 들어가지 않습니다(최대 %1자).</translation>
    </message>
    <message>
        <source>A name has no digits or symbols.</source>
        <translation>이름에는 숫자나 기호를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Write the reading in katakana or hiragana.</source>
        <translation>읽는 법은 가타카나나 히라가나로 써 주십시오.</translation>
    </message>
    <message>
        <source>This holds characters that cannot be printed.</source>
        <translation>인쇄할 수 없는 문자가 있습니다.</translation>
    </message>
    <message>
        <source>This is not a date that exists. Write it as 1990-04-01 or 平成2年4月1日.</source>
        <translation>존재하지 않는 날짜입니다. 1990-04-01 또는 平成2年4月1日 처럼 써 주십시오.</translation>
    </message>
    <message>
        <source>Choose one of the answers offered.</source>
        <translation>선택지에서 골라 주십시오.</translation>
    </message>
    <message>
        <source>A postal code has 7 digits, as 123-4567.</source>
        <translation>우편번호는 123-4567 처럼 7자리입니다.</translation>
    </message>
    <message>
        <source>A telephone number has 10 or 11 digits starting with 0, or starts with + and the country code.</source>
        <translation>전화번호는 0으로 시작하는 10자리 또는 11자리이거나, + 와 국가번호로 시작합니다.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>이메일 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>A residence card number is 2 letters, 8 digits and 2 letters, as AB12345678CD.</source>
        <translation>재류카드 번호는 AB12345678CD 처럼 영문 2자, 숫자 8자리, 영문 2자입니다.</translation>
    </message>
    <message>
        <source>Write %1 digits.</source>
        <translation>숫자 %1자리를 써 주십시오.</translation>
    </message>
    <message>
        <source>There is no such field.</source>
        <translation>그런 항목은 없습니다.</translation>
    </message>
    <message>
        <source>There is no such person in this household.</source>
        <translation>이 세대에 그런 사람은 없습니다.</translation>
    </message>
    <message>
        <source>A value must be written as text.</source>
        <translation>값은 문자열로 써 주십시오.</translation>
    </message>
    <message>
        <source>The household members are a list of at most %1 people.</source>
        <translation>세대원은 최대 %1명의 목록입니다.</translation>
    </message>
    <message>
        <source>A household member is an object of fields.</source>
        <translation>세대원은 항목으로 된 객체입니다.</translation>
    </message>
    <message>
        <source>The stored profile of this visit cannot be opened (another key, or damaged).</source>
        <translation>이 방문의 저장된 정보를 열 수 없습니다(다른 키이거나 손상됨).</translation>
    </message>
    <message>
        <source>That source gave no value for this field.</source>
        <translation>그 출처에는 이 항목의 값이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::GuidePage</name>
    <message>
        <source>What is happening in your life?</source>
        <translation>어떤 일이 있으신가요?</translation>
    </message>
    <message>
        <source>Choose one: a few questions follow, then the procedures for you, in the order to do them.</source>
        <translation>하나를 선택하세요. 몇 가지 질문에 답하시면, 필요한 절차를 진행할 순서대로 안내해 드립니다.</translation>
    </message>
    <message>
        <source>I know what I need: choose the procedures myself</source>
        <translation>필요한 절차를 알고 있다면: 직접 선택하기</translation>
    </message>
    <message>
        <source>Choose your procedures</source>
        <translation>절차를 선택하세요</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>질문 %1 / %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>What to do, in this order</source>
        <translation>이 순서대로 진행하세요</translation>
    </message>
    <message>
        <source>Your answers call for no procedure. Please go back and check them.</source>
        <translation>답변에 해당하는 절차가 없습니다. 이전 화면으로 돌아가 답변을 확인해 주세요.</translation>
    </message>
    <message>
        <source>Counters %1</source>
        <translation>%1번 창구</translation>
    </message>
    <message>
        <source>Bring:</source>
        <translation>준비물:</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>수수료: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>무료</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1엔</translation>
    </message>
    <message>
        <source>About %1 min at the counter</source>
        <translation>창구 소요 시간 약 %1분</translation>
    </message>
    <message>
        <source>Online instead: %1</source>
        <translation>온라인으로도 가능: %1</translation>
    </message>
    <message>
        <source>Fees together: %1. About %2 min at the counters.</source>
        <translation>수수료 합계: %1. 창구 소요 시간 합계 약 %2분.</translation>
    </message>
    <message>
        <source>Next: fill in your details once</source>
        <translation>다음: 정보를 한 번만 입력하기</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>대상: %1</translation>
    </message>
    <message>
        <source>Everyone with this life event</source>
        <translation>이 일에 해당하는 모든 분</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>In a condition: a question and the answer that makes it hold (&quot;Do you have a car? — Yes&quot;)</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 — not %2</source>
        <extracomment>In a condition: a question and the answer that must not be given</extracomment>
        <translation>%1 → %2 이외</translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation>%1, 그리고 %2</translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <translation>%1, 또는 %2</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation>(%1)에 해당하지 않음</translation>
    </message>
    <message>
        <source>Life events and their procedures</source>
        <translation>상황별 필요한 절차</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Kiosk</name>
    <message>
        <source>The office system cannot be reached, so no tickets can be issued now. Please ask a clerk.</source>
        <translation>청사 시스템에 연결할 수 없어 지금은 번호표를 발급할 수 없습니다. 직원에게 문의하세요.</translation>
    </message>
    <message>
        <source>The office system cannot be reached, so no ticket was issued. Please ask a clerk.</source>
        <translation>청사 시스템에 연결할 수 없어 번호표가 발급되지 않았습니다. 직원에게 문의하세요.</translation>
    </message>
    <message>
        <source>No ticket could be issued: %1</source>
        <translation>번호표를 발급할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>This kiosk has no printer. Please note your number or photograph the code on the screen.</source>
        <translation>이 발권기에는 프린터가 없습니다. 번호를 메모하거나 화면의 코드를 촬영하세요.</translation>
    </message>
    <message>
        <source>The ticket could not be printed (%1). Your number is on the screen: please note it or photograph the code.</source>
        <translation>번호표를 인쇄할 수 없습니다(%1). 번호는 화면에 있습니다. 메모하거나 코드를 촬영하세요.</translation>
    </message>
    <message>
        <source>no wait (reference)</source>
        <translation>대기 없음(참고값)</translation>
    </message>
    <message>
        <source>about %1–%2 min (reference)</source>
        <extracomment>参考値: a reference range of waiting minutes, never a promise</extracomment>
        <translation>약 %1~%2분(참고값)</translation>
    </message>
    <message>
        <source>Reservation at %1</source>
        <translation>예약 %1</translation>
    </message>
    <message>
        <source>A reservation code has 8 letters and digits, like 7K3M-Q2P7. Please check it.</source>
        <translation>예약 코드는 영문자와 숫자 8자리입니다 (예: 7K3M-Q2P7). 확인해 주세요.</translation>
    </message>
    <message>
        <source>This code is not right. Please check each character, or scan the QR code.</source>
        <translation>코드가 올바르지 않습니다. 한 글자씩 확인하시거나 QR 코드를 스캔해 주세요.</translation>
    </message>
    <message>
        <source>This code cannot be read. If it is your reservation, please type its code.</source>
        <translation>이 코드를 읽을 수 없습니다. 예약 코드라면 직접 입력해 주세요.</translation>
    </message>
    <message>
        <source>This is the code of a ticket: scan it with your phone to follow your turn.</source>
        <translation>번호표의 코드입니다. 휴대폰으로 스캔하면 순서를 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>This code cannot be used here.</source>
        <translation>이 코드는 여기서 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The clerk could not be called. Please ask at the nearest counter.</source>
        <translation>직원을 호출하지 못했습니다. 가까운 창구에 문의해 주세요.</translation>
    </message>
    <message>
        <source>Your details from home have been read. Please choose your procedure: the clerk will have them.</source>
        <translation>집에서 입력한 정보를 읽었습니다. 절차를 선택해 주세요. 창구 직원에게 전달됩니다.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Notice</name>
    <message>
        <source>This office does not send notices by %1.</source>
        <translation>이 창구에서는 %1(으)로 알림을 보내지 않습니다.</translation>
    </message>
    <message>
        <source>This is not an e-mail address notices can be sent to.</source>
        <translation>알림을 보낼 수 있는 이메일 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>The address must be 1 to %1 characters.</source>
        <translation>주소는 1~%1자로 입력하세요.</translation>
    </message>
    <message>
        <source>This ticket is finished; there is nothing left to notify.</source>
        <translation>이 번호표의 절차는 끝났습니다. 알릴 내용이 없습니다.</translation>
    </message>
    <message>
        <source>A ticket can have at most %1 addresses for notices.</source>
        <translation>번호표 한 장에 알림 주소는 최대 %1개까지 등록할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::NoticeText</name>
    <message>
        <source>Your turn is near: %1</source>
        <translation>곧 차례입니다: %1</translation>
    </message>
    <message>
        <source>Number %1: people ahead of you: %2. Please come back to the waiting area.</source>
        <translation>번호 %1: 앞에 %2명이 기다리고 있습니다. 대기실로 돌아와 주십시오.</translation>
    </message>
    <message>
        <source>Your number %1 is called</source>
        <translation>번호 %1 호출</translation>
    </message>
    <message>
        <source>Number %1 is called. Please go to %2.</source>
        <translation>번호 %1 호출되었습니다. 가실 곳: %2</translation>
    </message>
    <message>
        <source>Your ticket: %1</source>
        <translation>번호표: %1</translation>
    </message>
    <message>
        <source>This is an automatic message from %1. Please do not reply to it.</source>
        <translation>%1에서 자동으로 보낸 메시지입니다. 회신하지 마십시오.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::PreApplicationPage</name>
    <message>
        <source>Fill in your details before you come</source>
        <translation>방문 전에 정보를 입력하세요</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Write your details once here, and show the code you get at the kiosk or the counter: the clerk fills in your forms. Nothing is sent anywhere: the details stay on this phone until you show the code.</source>
        <translation>여기에서 정보를 한 번 입력하고, 받은 코드를 발권기나 창구에서 보여 주세요. 서류는 직원이 작성해 드립니다. 정보는 어디에도 전송되지 않으며, 코드를 보여 주실 때까지 이 휴대폰에만 남아 있습니다.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>내 정보</translation>
    </message>
    <message>
        <source>Fill in what you know; leave the rest empty. Write names as on your residence record.</source>
        <translation>아는 항목만 입력하고 나머지는 비워 두세요. 이름은 주민표(住民票)에 적힌 대로 써 주세요.</translation>
    </message>
    <message>
        <source>Make my code</source>
        <translation>코드 만들기</translation>
    </message>
    <message>
        <source>Please check “%1”.</source>
        <translation>“%1” 항목을 확인해 주세요.</translation>
    </message>
    <message>
        <source>Please fill in at least one detail.</source>
        <translation>정보를 하나 이상 입력해 주세요.</translation>
    </message>
    <message>
        <source>Your code</source>
        <translation>내 코드</translation>
    </message>
    <message>
        <source>Show this code at the kiosk or the counter. Keep the screen bright; take a screenshot to keep it.</source>
        <translation>이 코드를 발권기나 창구에서 보여 주세요. 화면을 밝게 해 두세요. 보관하려면 화면을 캡처해 두세요.</translation>
    </message>
    <message>
        <source>Change my details</source>
        <translation>정보 수정</translation>
    </message>
    <message>
        <source>This page needs JavaScript to make your code.</source>
        <translation>이 페이지에서 코드를 만들려면 JavaScript가 필요합니다.</translation>
    </message>
    <message>
        <source>The details are too long for one code. Please leave out what the clerk can fill in, such as a previous address.</source>
        <translation>정보가 너무 많아 코드 하나에 담을 수 없습니다. 이전 주소처럼 직원이 작성할 수 있는 항목은 빼 주세요.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Queue</name>
    <message>
        <source>%1 (fallback: no one is waiting for this counter&apos;s main services)</source>
        <translation>%1 (대체: 이 창구의 주 업무에 대기자가 없음)</translation>
    </message>
    <message>
        <source>arrival order: waiting since %1</source>
        <translation>도착순: %1부터 대기</translation>
    </message>
    <message>
        <source>priority class first, then arrival (waiting since %1)</source>
        <translation>우선 대상 먼저, 그다음 도착순 (%1부터 대기)</translation>
    </message>
    <message>
        <source>%1:1 alternation: priority turn (%2 of %1)</source>
        <translation>%1:1 교대: 우선 차례 (%1회 중 %2회째)</translation>
    </message>
    <message>
        <source>%1:1 alternation: regular turn</source>
        <translation>%1:1 교대: 일반 차례</translation>
    </message>
    <message>
        <source>walk-in waiting over %1 min (since %2)</source>
        <translation>예약 없는 방문자가 %1분 넘게 대기 (%2부터)</translation>
    </message>
    <message>
        <source>appointment due %1</source>
        <translation>예약 %1</translation>
    </message>
    <message>
        <source>no appointment due; arrival order: waiting since %1</source>
        <translation>시간이 된 예약 없음, 도착순: %1부터 대기</translation>
    </message>
    <message>
        <source>appointment at %1, called early: no one else is waiting</source>
        <translation>%1 예약을 일찍 호출: 다른 대기자 없음</translation>
    </message>
    <message>
        <source>transferred to this counter; waiting since %1</source>
        <translation>이 창구로 이관됨: %1부터 대기</translation>
    </message>
    <message>
        <source>called by number</source>
        <translation>번호 지정 호출</translation>
    </message>
    <message>
        <source>returned from the pool</source>
        <translation>보류에서 복귀</translation>
    </message>
    <message>
        <source>There is no counter %1.</source>
        <translation>%1번 창구는 없습니다.</translation>
    </message>
    <message>
        <source>There is no service &apos;%1&apos; at this office.</source>
        <translation>이 청사에는 &apos;%1&apos; 업무가 없습니다.</translation>
    </message>
    <message>
        <source>No open ticket has the number %1.</source>
        <translation>번호 %1인 유효한 번호표가 없습니다.</translation>
    </message>
    <message>
        <source>Choose between one and ten services.</source>
        <translation>업무는 1~10개 사이로 선택해 주세요.</translation>
    </message>
    <message>
        <source>%1 is asked for twice.</source>
        <translation>%1이(가) 두 번 지정되었습니다.</translation>
    </message>
    <message>
        <source>The language &apos;%1&apos; is not offered at this office.</source>
        <translation>이 청사에서는 &apos;%1&apos; 언어를 지원하지 않습니다.</translation>
    </message>
    <message>
        <source>An appointment needs its code and its time.</source>
        <translation>예약에는 코드와 시간이 필요합니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid outcome: use lower-case letters, digits and &apos;-&apos; (at most 32).</source>
        <translation>&apos;%1&apos;은(는) 유효한 결과가 아닙니다. 영문 소문자, 숫자, &apos;-&apos;로 32자 이내로 입력하세요.</translation>
    </message>
    <message>
        <source>The office is closed now.</source>
        <translation>지금은 업무 시간이 아닙니다.</translation>
    </message>
    <message>
        <source>The office is closed now. It opens again on %1 at %2.</source>
        <translation>지금은 업무 시간이 아닙니다. 다음 접수는 %1 %2부터입니다.</translation>
    </message>
    <message>
        <source>All numbers of %1 (%2 to %3) are held by open visits; finish or cancel some first.</source>
        <translation>%1의 번호(%2~%3)가 모두 사용 중입니다. 먼저 일부를 종료하거나 취소해 주세요.</translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used for a different ticket request; use a new key.</source>
        <translation>이 Idempotency-Key는 다른 발권 요청에 이미 사용되었습니다. 새 키를 사용하세요.</translation>
    </message>
    <message>
        <source>Counter %1 is paused; resume it before calling.</source>
        <translation>%1번 창구는 일시 정지 중입니다. 호출 전에 재개하세요.</translation>
    </message>
    <message>
        <source>Counter %1 is closed; open it before calling.</source>
        <translation>%1번 창구는 닫혀 있습니다. 호출 전에 여세요.</translation>
    </message>
    <message>
        <source>Counter %1 is already open.</source>
        <translation>%1번 창구는 이미 열려 있습니다.</translation>
    </message>
    <message>
        <source>Counter %1 is already paused.</source>
        <translation>%1번 창구는 이미 일시 정지 중입니다.</translation>
    </message>
    <message>
        <source>Counter %1 is closed.</source>
        <translation>%1번 창구는 닫혀 있습니다.</translation>
    </message>
    <message>
        <source>Counter %1 is still attending to %2; finish, transfer or park that visit first.</source>
        <translation>%1번 창구는 아직 %2을(를) 응대 중입니다. 먼저 종료, 이관 또는 보류하세요.</translation>
    </message>
    <message>
        <source>Counter %1 has no visitor at the moment.</source>
        <translation>%1번 창구에는 현재 방문자가 없습니다.</translation>
    </message>
    <message>
        <source>No one is waiting for the services of counter %1.</source>
        <translation>%1번 창구 업무의 대기자가 없습니다.</translation>
    </message>
    <message>
        <source>Counter %1 does not take %2 (%3); transfer the visit instead.</source>
        <translation>%1번 창구는 %2을(를) 취급하지 않습니다 (%3). 이관하세요.</translation>
    </message>
    <message>
        <source>%1 was transferred to counter %2.</source>
        <translation>%1은(는) %2번 창구로 이관되었습니다.</translation>
    </message>
    <message>
        <source>%1 is already at counter %2; there is no one to recall.</source>
        <translation>%1은(는) 이미 %2번 창구에 있습니다. 재호출할 사람이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is already being served at counter %2; finish the visit instead.</source>
        <translation>%1은(는) 이미 %2번 창구에서 응대 중입니다. 종료하세요.</translation>
    </message>
    <message>
        <source>%1 is being served at counter %2; finish or transfer it there.</source>
        <translation>%1은(는) %2번 창구에서 응대 중입니다. 그곳에서 종료하거나 이관하세요.</translation>
    </message>
    <message>
        <source>%1 is already at counter %2 for that service.</source>
        <translation>%1은(는) 그 업무로 이미 %2번 창구에 있습니다.</translation>
    </message>
    <message>
        <source>The change could not be saved, so nothing was changed: %1</source>
        <translation>변경 사항을 저장할 수 없어 아무것도 바뀌지 않았습니다: %1</translation>
    </message>
    <message>
        <source>%1 is waiting in the queue.</source>
        <translation>%1은(는) 대기 중입니다.</translation>
    </message>
    <message>
        <source>%1 has already been called to counter %2.</source>
        <translation>%1은(는) 이미 %2번 창구로 호출되었습니다.</translation>
    </message>
    <message>
        <source>%1 is already being served at counter %2.</source>
        <translation>%1은(는) 이미 %2번 창구에서 응대 중입니다.</translation>
    </message>
    <message>
        <source>%1 is parked in the pool.</source>
        <translation>%1은(는) 보류 중입니다.</translation>
    </message>
    <message>
        <source>%1 is no longer open.</source>
        <translation>%1은(는) 이미 종료되었습니다.</translation>
    </message>
    <message>
        <source>The route of the visit does not fit its services: each step may wait only for other services of the visit.</source>
        <translation>방문 경로가 서비스와 맞지 않습니다. 각 단계는 이번 방문의 다른 서비스만 기다릴 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 has no such step still to come.</source>
        <translation>%1에는 남아 있는 해당 단계가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::StatusPage</name>
    <message>
        <source>Your ticket</source>
        <translation>번호표</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>고객님의 번호</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>번호가 호출될 때까지 기다려 주십시오.</translation>
    </message>
    <message>
        <source>Your number is called. Please come now.</source>
        <translation>번호가 호출되었습니다. 지금 와 주십시오.</translation>
    </message>
    <message>
        <source>You are being served.</source>
        <translation>업무를 처리하고 있습니다.</translation>
    </message>
    <message>
        <source>Please wait near the counters; staff will call you again.</source>
        <translation>창구 근처에서 기다려 주십시오. 직원이 다시 부르겠습니다.</translation>
    </message>
    <message>
        <source>All your procedures are finished. Thank you.</source>
        <translation>모든 절차가 끝났습니다. 감사합니다.</translation>
    </message>
    <message>
        <source>This ticket was cancelled.</source>
        <translation>이 번호표는 취소되었습니다.</translation>
    </message>
    <message>
        <source>You were called but not present. Please take a new ticket.</source>
        <translation>호출했지만 계시지 않았습니다. 새 번호표를 받아 주십시오.</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>가실 곳: %1</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>앞에 기다리는 사람: %1명</translation>
    </message>
    <message>
        <source>Estimated wait: %1–%2 minutes (for reference only)</source>
        <translation>예상 대기 시간: %1–%2분 (참고용)</translation>
    </message>
    <message>
        <source>No wait estimate is available now.</source>
        <translation>지금은 예상 대기 시간을 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Your procedures</source>
        <translation>진행할 절차</translation>
    </message>
    <message>
        <source>This page updates by itself.</source>
        <translation>이 페이지는 자동으로 업데이트됩니다.</translation>
    </message>
    <message>
        <source>Connection lost; trying again…</source>
        <translation>연결이 끊어졌습니다. 다시 연결하는 중…</translation>
    </message>
    <message>
        <source>This page reloads every 30 seconds.</source>
        <translation>이 페이지는 30초마다 새로 고쳐집니다.</translation>
    </message>
    <message>
        <source>Ticket not found</source>
        <translation>번호표를 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>No ticket has this link. It may belong to an earlier day. Please ask at the reception.</source>
        <translation>이 링크에 해당하는 번호표가 없습니다. 이전 날짜의 번호표일 수 있습니다. 접수처에 문의해 주십시오.</translation>
    </message>
    <message>
        <source>Get a message when your turn is near</source>
        <translation>차례가 가까워지면 알림 받기</translation>
    </message>
    <message>
        <source>We send one message when few people are ahead of you and one when you are called. You can leave the waiting room meanwhile.</source>
        <translation>앞의 사람이 적어졌을 때와 호출될 때 한 번씩 메시지를 보냅니다. 그동안 대기실을 떠나셔도 됩니다.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>이메일 주소</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>휴대전화 번호</translation>
    </message>
    <message>
        <source>Send me a message</source>
        <translation>메시지 받기</translation>
    </message>
    <message>
        <source>Done. We will send you a message when your turn is near.</source>
        <translation>완료되었습니다. 차례가 가까워지면 메시지를 보내 드립니다.</translation>
    </message>
    <message>
        <source>We cannot send to this address. Please check it and try again.</source>
        <translation>이 주소로는 보낼 수 없습니다. 확인 후 다시 입력해 주십시오.</translation>
    </message>
    <message>
        <source>This ticket cannot take more addresses.</source>
        <translation>이 번호표에는 더 이상 주소를 추가할 수 없습니다.</translation>
    </message>
    <message>
        <source>Sorry, this did not work. Please try again or ask at the reception.</source>
        <translation>죄송합니다. 처리되지 않았습니다. 다시 시도하시거나 접수처에 문의해 주십시오.</translation>
    </message>
    <message>
        <source>You will be called at: %1 (%2)</source>
        <extracomment>Where a waiting visitor will be called: %1 is the service, %2 its counters (&quot;Counter 5, Counter 6&quot;)</extracomment>
        <translation>호출될 창구: %1 (%2)</translation>
    </message>
    <message>
        <source>You will be called at: %1</source>
        <extracomment>Where a waiting visitor will be called, when the service has more counters than fit on a line</extracomment>
        <translation>호출될 창구: %1</translation>
    </message>
</context>
<context>
    <name>Madoguchi::TicketText</name>
    <message>
        <source>Your number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>%1 (counter %2)</source>
        <translation>%1 (%2번 창구)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <extracomment>The issue time on a ticket, as a QDateTime format; Japanese: &quot;yyyy年M月d日 H:mm&quot;</extracomment>
        <translation>yyyy년 M월 d일 HH:mm</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>발권 시각: %1</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>앞 대기 인원: %1명</translation>
    </message>
    <message>
        <source>Estimated wait: %1–%2 min (for reference only)</source>
        <translation>예상 대기 시간: %1–%2분 (참고값)</translation>
    </message>
    <message>
        <source>Scan to follow your turn on your phone.</source>
        <translation>휴대폰으로 스캔하여 순서를 확인하세요.</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>번호가 호출될 때까지 기다려 주십시오.</translation>
    </message>
    <message>
        <source>Reservation at %1</source>
        <translation>예약 %1</translation>
    </message>
    <message>
        <source>The clerk has your details: you will not need to write them.</source>
        <translation>직원에게 정보가 전달되었습니다. 직접 쓰지 않으셔도 됩니다.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>%1 of %2 digits entered</source>
        <extracomment>Read out instead of the digits: %1 digits of %2 entered</extracomment>
        <translation>%2자리 중 %1자리 입력됨</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>The PIN pad&apos;s keys beside 0: delete the last digit, and confirm the PIN</extracomment>
        <translation>지우기</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <source>very crowded</source>
        <translation>매우 혼잡</translation>
    </message>
    <message>
        <source>crowded</source>
        <translation>혼잡</translation>
    </message>
    <message>
        <source>some waiting</source>
        <translation>약간 혼잡</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>여유</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>대기 현황</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>대기자가 없습니다.</translation>
    </message>
    <message>
        <source>Longest wait: %1 min (%2)</source>
        <extracomment>%1 minutes, %2 the service</extracomment>
        <translation>최장 대기: %1분 (%2)</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1명 대기</translation>
    </message>
    <message>
        <source>longest %1 min</source>
        <extracomment>The one-stop visits on their way to this service from another counter, with what they bring</extracomment>
        <translation>최장 %1분</translation>
    </message>
    <message>
        <source>parked: %1</source>
        <translation>보류: %1</translation>
    </message>
    <message>
        <source>coming: %1</source>
        <translation>이어서 올 방문객: %1</translation>
    </message>
</context>
<context>
    <name>ReservationPage</name>
    <message>
        <source>Check in your reservation</source>
        <translation>예약 접수</translation>
    </message>
    <message>
        <source>Hold the QR code of your reservation (on paper or on your phone) under the reader.</source>
        <translation>예약 QR 코드(종이 또는 휴대폰)를 리더기에 대 주세요.</translation>
    </message>
    <message>
        <source>Or type the code of your reservation:</source>
        <translation>또는 예약 코드를 입력하세요:</translation>
    </message>
    <message>
        <source>Code typed so far: %1</source>
        <translation>입력한 코드: %1</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>접수</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Delete one</source>
        <extracomment>Deletes the last character typed</extracomment>
        <translation>한 글자 지우기</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>Deletes everything typed</extracomment>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <source>Type all 8 characters</source>
        <extracomment>Why &quot;Check in&quot; cannot be pressed yet</extracomment>
        <translation>8자리를 모두 입력하세요</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>People waiting: %1</source>
        <translation>대기 인원: %1명</translation>
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
        <translation>어떤 절차로 오셨습니까?</translation>
    </message>
    <message>
        <source>The office is closed now. Please come back during opening hours.</source>
        <translation>지금은 접수 시간이 아닙니다. 접수 시간에 다시 오세요.</translation>
    </message>
    <message>
        <source>I have a reservation</source>
        <translation>예약하신 분</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <extracomment>The first line of the idle kiosk: %1 is the office&apos;s name</extracomment>
        <translation>%1에 오신 것을 환영합니다</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>아직 이용 중이신가요?</translation>
    </message>
    <message>
        <source>The kiosk returns to the start in %1 s. Touch “Continue” to go on.</source>
        <translation>%1초 후 처음 화면으로 돌아갑니다. 계속하려면 “계속”을 누르세요.</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>Keeps the kiosk on the visitor&apos;s screen when asked &quot;Are you still there?&quot;</extracomment>
        <translation>계속</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Your number</source>
        <translation>나의 번호</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>내 앞의 대기 인원: %1명</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>번호표를 인쇄하고 있습니다…</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>번호표를 받아 가세요.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>QR code of your status page</source>
        <translation>상태 페이지 QR 코드</translation>
    </message>
    <message>
        <source>Scan with your phone to see your turn coming.</source>
        <translation>휴대폰으로 스캔하면 차례가 다가오는 것을 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Please have these ready:</source>
        <translation>다음을 준비해 주세요:</translation>
    </message>
    <message>
        <source>Please wait in the waiting area until the board calls your number.</source>
        <translation>안내판에 번호가 호출될 때까지 대기실에서 기다려 주세요.</translation>
    </message>
    <message>
        <source>See your turn on your phone</source>
        <translation>휴대폰으로 차례 확인</translation>
    </message>
    <message>
        <source>Back to the start in %1 s</source>
        <extracomment>How long until the kiosk shows its first screen again</extracomment>
        <translation>%1초 후 처음 화면으로 돌아갑니다</translation>
    </message>
    <message>
        <source>The clerk has your details: you will not need to write them.</source>
        <translation>직원에게 정보가 전달되었습니다. 직접 쓰지 않으셔도 됩니다.</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
</context>
<context>
    <name>VisitPane</name>
    <message>
        <source>later</source>
        <translation>나중</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>called</source>
        <translation>호출됨</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>응대 중</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>보류 중</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>오지 않음</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>이관됨</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>No visitor at this counter.</source>
        <translation>이 창구에 방문자가 없습니다.</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>응대 중</translation>
    </message>
    <message>
        <source>Called, not yet here</source>
        <translation>호출됨 (아직 오지 않음)</translation>
    </message>
    <message>
        <source>Why this visitor: %1</source>
        <translation>이 방문자를 호출한 이유: %1</translation>
    </message>
</context>
</TS>

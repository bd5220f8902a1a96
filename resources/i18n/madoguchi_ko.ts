<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
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
</context>
</TS>

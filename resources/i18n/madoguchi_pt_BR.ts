<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AssistanceCalls</name>
    <message>
        <source>A visitor at the kiosk “%1” asks for a clerk (%2, since %3).</source>
        <translation>Um visitante no totem “%1” está chamando um atendente (%2, desde %3).</translation>
    </message>
    <message>
        <source>I&apos;ll go</source>
        <translation>Eu vou</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>Display board — Madoguchi</source>
        <extracomment>The display board window&apos;s title</extracomment>
        <translation>Painel de chamadas — Madoguchi</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Read your My Number card instead of writing?</source>
        <translation>Ler o seu cartão My Number em vez de escrever?</translation>
    </message>
    <message>
        <source>Place your My Number card on the reader</source>
        <translation>Coloque o seu cartão My Number no leitor</translation>
    </message>
    <message>
        <source>Only one PIN try is left</source>
        <translation>Resta apenas uma tentativa para o PIN</translation>
    </message>
    <message>
        <source>Enter your card&apos;s 4-digit PIN</source>
        <translation>Digite o PIN de 4 dígitos do seu cartão</translation>
    </message>
    <message>
        <source>Your card has been read</source>
        <translation>O seu cartão foi lido</translation>
    </message>
    <message>
        <source>The PIN of this card is locked</source>
        <translation>O PIN deste cartão está bloqueado</translation>
    </message>
    <message>
        <source>The card reader cannot be used now</source>
        <translation>O leitor de cartão não pode ser usado agora</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Lendo o cartão…</translation>
    </message>
    <message>
        <source>The kiosk reads the name, address, date of birth and sex on your card and gives them to the clerk, who fills in your forms. Your individual number is not read. The details are deleted at the end of the day. You need the card&apos;s 4-digit PIN.</source>
        <translation>O totem lê o nome, o endereço, a data de nascimento e o sexo que constam no seu cartão e os passa ao atendente, que preenche os seus formulários. O seu número individual (My Number) não é lido. Os dados são apagados no fim do dia. Você precisa do PIN de 4 dígitos do cartão.</translation>
    </message>
    <message>
        <source>The reader is below the screen. Leave the card there until the screen says it has been read.</source>
        <translation>O leitor fica abaixo da tela. Deixe o cartão ali até a tela informar que ele foi lido.</translation>
    </message>
    <message>
        <source>If this PIN is wrong too, the card is locked and must be reset at the municipal office. If you are not sure of the PIN, take a ticket without the card: the clerk will help you.</source>
        <translation>Se este PIN também estiver errado, o cartão será bloqueado e terá de ser desbloqueado na prefeitura. Se você não tiver certeza do PIN, retire uma senha sem o cartão: o atendente vai ajudar você.</translation>
    </message>
    <message>
        <source>The digits are not shown on the screen. Tries left: %1</source>
        <translation>Os dígitos não aparecem na tela. Tentativas restantes: %1</translation>
    </message>
    <message>
        <source>Please take your card with you. Your ticket is coming.</source>
        <translation>Leve o seu cartão com você. A sua senha já vai sair.</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly too many times. It can be reset at the My Number card counter of the municipal office with the card. You can still take a ticket now: the clerk will help you with the forms.</source>
        <translation>O PIN foi digitado errado vezes demais. Ele pode ser desbloqueado no guichê do cartão My Number da prefeitura, levando o cartão. Você ainda pode retirar uma senha agora: o atendente vai ajudar você com os formulários.</translation>
    </message>
    <message>
        <source>Please take a ticket: the clerk will enter your details.</source>
        <translation>Retire uma senha, por favor: o atendente vai registrar os seus dados.</translation>
    </message>
    <message>
        <source>Please do not move the card.</source>
        <translation>Não mova o cartão, por favor.</translation>
    </message>
    <message>
        <source>Read my card</source>
        <translation>Ler meu cartão</translation>
    </message>
    <message>
        <source>I am sure of my PIN</source>
        <translation>Tenho certeza do PIN</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Retirar senha</translation>
    </message>
    <message>
        <source>No, just a ticket</source>
        <translation>Não, só retirar senha</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>The name, address, date of birth and sex on your card are read for your forms, and your individual number for the forms that need it by law: it is printed on them and not kept. The details are deleted at the end of the day. You need the card&apos;s 4-digit PIN.</source>
        <translation>O nome, o endereço, a data de nascimento e o sexo do cartão são lidos para os seus formulários, e o seu número individual (My Number) para os formulários que a lei exige: ele é apenas impresso neles e não é guardado. Os dados são apagados no fim do dia. Você precisa do PIN de 4 dígitos do cartão.</translation>
    </message>
    <message>
        <source>The name, address, date of birth and sex on your card are read for your forms. Your individual number is not read. The details are deleted at the end of the day. You need the card&apos;s 4-digit PIN.</source>
        <translation>O nome, o endereço, a data de nascimento e o sexo do cartão são lidos para os seus formulários. O seu número individual (My Number) não é lido. Os dados são apagados no fim do dia. Você precisa do PIN de 4 dígitos do cartão.</translation>
    </message>
    <message>
        <source>Please take your card with you.</source>
        <translation>Leve o seu cartão com você.</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly too many times. It can be reset at the My Number card counter of the municipal office with the card.</source>
        <translation>O PIN foi digitado errado vezes demais. Ele pode ser desbloqueado no guichê do cartão My Number da prefeitura, levando o cartão.</translation>
    </message>
    <message>
        <source>The card reader is not connected, or the smart card service is not running.</source>
        <translation>O leitor de cartão não está conectado, ou o serviço de cartão inteligente não está em execução.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Do not read the card</source>
        <translation>Não ler o cartão</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <source>Counter %1 — %2</source>
        <translation>Guichê %1 — %2</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Chamar o próximo</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Chamar de novo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Não compareceu</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Pôr em espera</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Number, e.g. A-023</source>
        <translation>Senha, por ex. A-023</translation>
    </message>
    <message>
        <source>Call this number</source>
        <translation>Chamar esta senha</translation>
    </message>
    <message>
        <source>Unpark</source>
        <translation>Retirar da espera</translation>
    </message>
    <message>
        <source>Service to transfer to</source>
        <translation>Procedimento de destino</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>the counter&apos;s status</comment>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>the counter&apos;s status</comment>
        <translation>Em pausa</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>the counter&apos;s status</comment>
        <translation>Fechado</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>action: open the counter</comment>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>action: close the counter for the day</comment>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Outcome (optional), recorded with Finish</source>
        <extracomment>What came of the visit, recorded with Finish (F4), e.g. &quot;certificate issued&quot;</extracomment>
        <translation>Resultado (opcional, registrado ao Concluir)</translation>
    </message>
    <message>
        <source>Counter %1 — counter console</source>
        <extracomment>The console window&apos;s title: %1 is the counter&apos;s number</extracomment>
        <translation>Guichê %1 — console do guichê</translation>
    </message>
    <message>
        <source>Close counter %1 for the day? Waiting visitors stay in the queue.</source>
        <translation>Fechar o guichê %1 por hoje? Quem está aguardando continua na fila.</translation>
    </message>
    <message>
        <source>Pause counter %1? No one is called here until it is opened again.</source>
        <translation>Pausar o guichê %1? Ninguém será chamado aqui até que ele seja aberto novamente.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Keeps the counter as it is instead of pausing or closing it</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Queue and actions</source>
        <translation>Fila e ações</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulários</translation>
    </message>
</context>
<context>
    <name>DemoDevicesWindow</name>
    <message>
        <source>Simulated devices</source>
        <translation>Dispositivos simulados</translation>
    </message>
    <message>
        <source>Scanner: hold a reservation&apos;s code to the kiosk</source>
        <translation>Leitor: aproxime o código de uma reserva do totem</translation>
    </message>
    <message>
        <source>%1 %2 — code %3</source>
        <translation>%1 %2 — código %3</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Ler</translation>
    </message>
    <message>
        <source>Printer: the last ticket</source>
        <translation>Impressora: a última senha</translation>
    </message>
    <message>
        <source>Paper out</source>
        <translation>Sem papel</translation>
    </message>
    <message>
        <source>No ticket printed yet.</source>
        <translation>Nenhuma senha impressa ainda.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ligado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <source>Card reader: place a My Number card (PIN 1234)</source>
        <translation>Leitor de cartão: coloque um cartão My Number (PIN 1234)</translation>
    </message>
    <message>
        <source>Lift the card</source>
        <translation>Tirar o cartão</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Colocar</translation>
    </message>
    <message>
        <source>One try left</source>
        <translation>Resta uma tentativa</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Place a transit IC card</source>
        <translation>Colocar cartão IC de transporte</translation>
    </message>
</context>
<context>
    <name>FormsPane</name>
    <message>
        <source>Forms of %1</source>
        <translation>Formulários de %1</translation>
    </message>
    <message>
        <source>No visit at the counter</source>
        <translation>Nenhum atendimento no guichê</translation>
    </message>
    <message>
        <source>In the visit · printed</source>
        <translation>No atendimento · impresso</translation>
    </message>
    <message>
        <source>In the visit</source>
        <translation>No atendimento</translation>
    </message>
    <message>
        <source>Not in the visit</source>
        <translation>Fora do atendimento</translation>
    </message>
    <message>
        <source>Signed</source>
        <extracomment>The visitor has checked and signed the form</extracomment>
        <translation>Assinado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Read the My Number card</source>
        <translation>Ler o cartão My Number</translation>
    </message>
    <message>
        <source>Print all forms</source>
        <translation>Imprimir todos os formulários</translation>
    </message>
    <message>
        <source>Empty boxes stay empty on paper</source>
        <translation>Campos vazios saem em branco no papel</translation>
    </message>
    <message>
        <source>Details for the forms</source>
        <translation>Dados para os formulários</translation>
    </message>
    <message>
        <source>%1 missing, %2 to choose</source>
        <translation>%1 faltando, %2 a escolher</translation>
    </message>
    <message>
        <source>Add a household member</source>
        <translation>Adicionar membro da família</translation>
    </message>
    <message>
        <source>Preview of the form as it will print</source>
        <translation>Prévia do formulário como será impresso</translation>
    </message>
    <message>
        <source>Sources disagree: choose</source>
        <translation>As origens divergem: escolha</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltando</translation>
    </message>
    <message>
        <source>外字: the fonts lack a character; write it by hand</source>
        <translation>外字: falta um caractere nas fontes; escreva-o à mão</translation>
    </message>
    <message>
        <source>Type it once for every form</source>
        <translation>Digite uma vez para todos os formulários</translation>
    </message>
    <message>
        <source>個人番号 from the card</source>
        <translation>Número individual do cartão</translation>
    </message>
    <message>
        <source>個人番号: read the card</source>
        <translation>Número individual: leia o cartão</translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <source>Large text</source>
        <extracomment>Switch for large text; keep it short</extracomment>
        <translation>Letras grandes</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>Switch for black-and-yellow high-contrast colours; keep it short</extracomment>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Voice guidance</source>
        <extracomment>Switch for reading each screen aloud; keep it short</extracomment>
        <translation>Guia por voz</translation>
    </message>
    <message>
        <source>Low screen</source>
        <extracomment>Switch that moves every control to the lower part of the screen, within reach from a wheelchair; keep it short</extracomment>
        <translation>Tela baixa</translation>
    </message>
    <message>
        <source>Call a clerk</source>
        <translation>Chamar atendente</translation>
    </message>
    <message>
        <source>Called</source>
        <extracomment>Under &quot;Call a clerk&quot; once it was pressed</extracomment>
        <translation>Chamado</translation>
    </message>
    <message>
        <source>On</source>
        <extracomment>The state of a switch in the kiosk&apos;s header</extracomment>
        <translation>Ligado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>A clerk has been called and will come to you. Please wait here.</source>
        <translation>Um atendente foi chamado e virá até você. Aguarde aqui, por favor.</translation>
    </message>
    <message>
        <source>%1 — ticket kiosk</source>
        <extracomment>The kiosk window&apos;s title: %1 is the office&apos;s name</extracomment>
        <translation>%1 — totem de senhas</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Você ainda está aí?</translation>
    </message>
    <message>
        <source>Choose your language below.</source>
        <translation>Escolha o seu idioma abaixo.</translation>
    </message>
    <message>
        <source>Hold your reservation&apos;s QR code under the reader, or type its code below.</source>
        <translation>Aproxime o QR code da sua reserva do leitor ou digite o código abaixo.</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>Retire a sua senha.</translation>
    </message>
    <message>
        <source>Your number: %1</source>
        <translation>Sua senha: %1</translation>
    </message>
    <message>
        <source>Touch your procedure below.</source>
        <translation>Toque abaixo no procedimento desejado.</translation>
    </message>
    <message>
        <source>The office is closed now.</source>
        <translation>O atendimento está fechado agora.</translation>
    </message>
    <message>
        <source>Place your card on the reader.</source>
        <translation>Coloque o seu cartão no leitor.</translation>
    </message>
    <message>
        <source>Enter your PIN below.</source>
        <translation>Digite o seu PIN abaixo.</translation>
    </message>
    <message>
        <source>Only one PIN try is left.</source>
        <translation>Resta apenas uma tentativa para o PIN.</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked.</source>
        <translation>O PIN do cartão está bloqueado.</translation>
    </message>
    <message>
        <source>Read your card instead of writing?</source>
        <translation>Ler o seu cartão em vez de escrever?</translation>
    </message>
    <message>
        <source>Please wait. Do not move the card.</source>
        <translation>Aguarde, por favor. Não mova o cartão.</translation>
    </message>
    <message>
        <source>Please take your My Number card from the reader.</source>
        <translation>Retire o seu cartão My Number do leitor.</translation>
    </message>
    <message>
        <source>Please take your card.</source>
        <translation>Retire o seu cartão.</translation>
    </message>
    <message>
        <source>The card reader cannot be used now.</source>
        <translation>O leitor de cartão não pode ser usado agora.</translation>
    </message>
</context>
<context>
    <name>LoginPane</name>
    <message>
        <source>Counter %1: staff login</source>
        <translation>Guichê %1: acesso do atendente</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha de acesso</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Entrar</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Appointment</name>
    <message>
        <source>This service does not take reservations at that time.</source>
        <translation>Este serviço não aceita reservas nesse horário.</translation>
    </message>
    <message>
        <source>That time has already begun. Please choose a later time.</source>
        <translation>Esse horário já começou. Escolha um horário mais tarde, por favor.</translation>
    </message>
    <message>
        <source>That time is fully booked. Please choose another time.</source>
        <translation>Esse horário está lotado. Escolha outro horário, por favor.</translation>
    </message>
    <message>
        <source>There is no reservation with this code. Please check the code, or take a ticket.</source>
        <translation>Não há reserva com este código. Confira o código ou retire uma senha.</translation>
    </message>
    <message>
        <source>This reservation was cancelled. Please take a ticket.</source>
        <translation>Esta reserva foi cancelada. Retire uma senha, por favor.</translation>
    </message>
    <message>
        <source>Your reservation is on %1 at %2. Please come on that day.</source>
        <translation>Sua reserva é em %1 às %2. Venha nesse dia, por favor.</translation>
    </message>
    <message>
        <source>Your reservation is at %1. Please check in from %2.</source>
        <translation>Sua reserva é às %1. Faça o check-in a partir das %2.</translation>
    </message>
    <message>
        <source>The time of your reservation (%1) has passed. Please take a ticket.</source>
        <translation>O horário da sua reserva (%1) já passou. Retire uma senha, por favor.</translation>
    </message>
    <message>
        <source>This reservation has already checked in.</source>
        <translation>Esta reserva já fez o check-in.</translation>
    </message>
    <message>
        <source>The reservation could not be saved. Please try again.</source>
        <translation>Não foi possível salvar a reserva. Tente de novo, por favor.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Board</name>
    <message>
        <source>Now calling</source>
        <translation>Chamando agora</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Guichê %1</translation>
    </message>
    <message>
        <source>Called before</source>
        <translation>Chamados antes</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Aguardando agora</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 aguardando</translation>
    </message>
    <message>
        <source>Few waiting</source>
        <translation>Pouca espera</translation>
    </message>
    <message>
        <source>Some waiting</source>
        <translation>Espera moderada</translation>
    </message>
    <message>
        <source>Many waiting</source>
        <translation>Muita espera</translation>
    </message>
    <message>
        <source>Very crowded</source>
        <translation>Muito cheio</translation>
    </message>
    <message>
        <source>Number %1, please come to counter %2.</source>
        <extracomment>A call spoken on the display board by a speech synthesizer; for Japanese write it in kana only, the synthesizer cannot read kanji.</extracomment>
        <translation>Senha %1, dirija-se ao guichê %2.</translation>
    </message>
    <message>
        <source>This board has lost its connection to the office. Please listen for your number or ask at the reception.</source>
        <translation>Este painel perdeu a conexão com a repartição. Fique atento à chamada do seu número ou pergunte na recepção.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Card</name>
    <message>
        <source>The PIN is not right. Please enter it again.</source>
        <translation>O PIN não está correto. Digite de novo, por favor.</translation>
    </message>
    <message>
        <source>This card is not a My Number card. Please place your My Number card on the reader.</source>
        <translation>Este cartão não é um cartão My Number. Coloque o seu cartão My Number no leitor, por favor.</translation>
    </message>
    <message>
        <source>The card was moved before the reading finished. Please place it again and leave it there until the screen says it has been read.</source>
        <translation>O cartão foi movido antes de terminar a leitura. Coloque-o de novo e deixe-o ali até a tela informar que ele foi lido.</translation>
    </message>
    <message>
        <source>The card could not be read. Please place it again and keep it still.</source>
        <translation>Não foi possível ler o cartão. Coloque-o de novo e mantenha-o parado.</translation>
    </message>
    <message>
        <source>The card was taken off the reader. Please place it again and leave it there: the PIN is asked once it is read.</source>
        <translation>O cartão foi tirado do leitor. Coloque-o de novo e deixe-o ali: o PIN será pedido depois que ele for lido.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Counter</name>
    <message>
        <source>The counter is open</source>
        <translation>O guichê está aberto</translation>
    </message>
    <message>
        <source>The counter is closed</source>
        <translation>O guichê está fechado</translation>
    </message>
    <message>
        <source>Open the counter first (F9)</source>
        <translation>Abra o guichê primeiro (F9)</translation>
    </message>
    <message>
        <source>The counter is paused</source>
        <translation>O guichê está em pausa</translation>
    </message>
    <message>
        <source>Paused: open it to go on (F9)</source>
        <translation>Em pausa: abra o guichê para continuar (F9)</translation>
    </message>
    <message>
        <source>A visitor is at the counter</source>
        <translation>Há um visitante no guichê</translation>
    </message>
    <message>
        <source>Already serving</source>
        <translation>Já em atendimento</translation>
    </message>
    <message>
        <source>No visitor has been called</source>
        <translation>Nenhum visitante foi chamado</translation>
    </message>
    <message>
        <source>Start serving first (F3)</source>
        <translation>Inicie o atendimento primeiro (F3)</translation>
    </message>
    <message>
        <source>No visitor is being served</source>
        <translation>Nenhum visitante em atendimento</translation>
    </message>
    <message>
        <source>My Number card</source>
        <translation>Cartão My Number</translation>
    </message>
    <message>
        <source>Pre-application</source>
        <translation>Pré-cadastro</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Atendente</translation>
    </message>
    <message>
        <source>The card has been read. Please give it back to the visitor.</source>
        <translation>O cartão foi lido. Devolva-o ao visitante.</translation>
    </message>
    <message>
        <source>The pre-application has been read.</source>
        <translation>O pré-cadastro foi lido.</translation>
    </message>
    <message>
        <source>%1 (household member %2)</source>
        <translation>%1 (membro da família %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) printed: the visitor checks them and signs.</source>
        <translation>
            <numerusform>%n formulário impresso: o visitante confere e assina.</numerusform>
            <numerusform>%n formulários impressos: o visitante confere e assina.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) the fonts lack are left as boxes: write them by hand.</source>
        <translation>
            <numerusform>%n caractere que as fontes não têm ficou como um quadrado: escreva-o à mão.</numerusform>
            <numerusform>%n caracteres que as fontes não têm ficaram como quadrados: escreva-os à mão.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Madoguchi::Field</name>
    <message>
        <source>Family name</source>
        <extracomment>A field of the visitor&apos;s profile and the forms: 氏 (surname)</extracomment>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Given name</source>
        <extracomment>A field of the visitor&apos;s profile and the forms: 名 (given name)</extracomment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Family name (reading)</source>
        <extracomment>A field: the reading of the family name in katakana (フリガナ)</extracomment>
        <translation>Sobrenome (leitura)</translation>
    </message>
    <message>
        <source>Given name (reading)</source>
        <extracomment>A field: the reading of the given name in katakana (フリガナ)</extracomment>
        <translation>Nome (leitura)</translation>
    </message>
    <message>
        <source>Former surname</source>
        <extracomment>A field: 旧氏, a former surname a resident asked to have recorded (e.g. a maiden name)</extracomment>
        <translation>Sobrenome anterior (旧氏)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <extracomment>A field: 生年月日</extracomment>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Sex</source>
        <extracomment>A field: 性別, as the resident register records it</extracomment>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Feminino</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <extracomment>A value of the field Sex: ISO 5218 code 9, as some records hold it</extracomment>
        <translation>Não se aplica</translation>
    </message>
    <message>
        <source>Relationship to the head of household</source>
        <extracomment>A field: 続柄, the person&apos;s relationship to the head of household (e.g. 妻, 子)</extracomment>
        <translation>Relação com o chefe da família (続柄)</translation>
    </message>
    <message>
        <source>Nationality or region</source>
        <extracomment>A field for foreign residents: 国籍・地域</extracomment>
        <translation>Nacionalidade ou região</translation>
    </message>
    <message>
        <source>Status of residence</source>
        <extracomment>A field for foreign residents: 在留資格 (e.g. 永住者, 技術・人文知識・国際業務)</extracomment>
        <translation>Status de residência</translation>
    </message>
    <message>
        <source>Period of stay ends</source>
        <extracomment>A field for foreign residents: 在留期間の満了日</extracomment>
        <translation>Fim do período de permanência</translation>
    </message>
    <message>
        <source>Residence card number</source>
        <extracomment>A field for foreign residents: 在留カード番号 (12 characters, e.g. AB12345678CD)</extracomment>
        <translation>Número do cartão de residente</translation>
    </message>
    <message>
        <source>Postal code</source>
        <extracomment>A field: 郵便番号</extracomment>
        <translation>CEP (código postal)</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>A field: 住所, the address the visitor lives at (or moves to)</extracomment>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Building and room</source>
        <extracomment>A field: 方書, the building&apos;s name and the room number after the address</extracomment>
        <translation>Edifício e apartamento (方書)</translation>
    </message>
    <message>
        <source>Telephone</source>
        <extracomment>A field: 電話番号, a number to reach the visitor during the day</extracomment>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>A field: メールアドレス</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Head of household</source>
        <extracomment>A field: 世帯主, the name of the head of household</extracomment>
        <translation>Chefe da família (世帯主)</translation>
    </message>
    <message>
        <source>Registered domicile</source>
        <extracomment>A field: 本籍, the registered domicile of a Japanese national&apos;s family register</extracomment>
        <translation>Domicílio registrado (本籍)</translation>
    </message>
    <message>
        <source>Head of the family register</source>
        <extracomment>A field: 筆頭者, the person at the head of the family register</extracomment>
        <translation>Titular do registro familiar (筆頭者)</translation>
    </message>
    <message>
        <source>Date of the move</source>
        <extracomment>A field: 異動日, the day of moving in, out or within the city</extracomment>
        <translation>Data da mudança</translation>
    </message>
    <message>
        <source>Previous address</source>
        <extracomment>A field: 従前の住所, the address before the move</extracomment>
        <translation>Endereço anterior</translation>
    </message>
    <message>
        <source>Previous head of household</source>
        <extracomment>A field: the head of household at the address before the move (前住所の世帯主)</extracomment>
        <translation>Chefe da família no endereço anterior</translation>
    </message>
    <message>
        <source>Address moving to</source>
        <extracomment>A field: 転出先, the address the visitor moves to outside the city</extracomment>
        <translation>Endereço de destino (転出先)</translation>
    </message>
    <message>
        <source>Occupation</source>
        <extracomment>A field: 職業 (the claimant&apos;s occupation, on a child-allowance claim)</extracomment>
        <translation>Profissão</translation>
    </message>
    <message>
        <source>Bank</source>
        <extracomment>A field: 金融機関名, the bank an allowance is paid into</extracomment>
        <translation>Banco</translation>
    </message>
    <message>
        <source>Branch</source>
        <extracomment>A field: 支店名, the bank&apos;s branch</extracomment>
        <translation>Agência</translation>
    </message>
    <message>
        <source>Account type</source>
        <extracomment>A field: 預金種目, the kind of bank account</extracomment>
        <translation>Tipo de conta</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <extracomment>A kind of bank account: 普通</extracomment>
        <translation>Comum</translation>
    </message>
    <message>
        <source>Current</source>
        <extracomment>A kind of bank account: 当座</extracomment>
        <translation>Corrente (当座)</translation>
    </message>
    <message>
        <source>Account number</source>
        <extracomment>A field: 口座番号 (7 digits in Japan)</extracomment>
        <translation>Número da conta</translation>
    </message>
    <message>
        <source>Account holder (reading)</source>
        <extracomment>A field: 口座名義 (カナ), the account holder&apos;s name as the bank writes it, in katakana</extracomment>
        <translation>Titular da conta (leitura)</translation>
    </message>
    <message>
        <source>This field is empty.</source>
        <translation>Este campo está vazio.</translation>
    </message>
    <message>
        <source>This is longer than the form has room for (%1 characters).</source>
        <translation>É mais longo do que cabe no formulário (até %1 caracteres).</translation>
    </message>
    <message>
        <source>A name has no digits or symbols.</source>
        <translation>Um nome não tem números nem símbolos.</translation>
    </message>
    <message>
        <source>Write the reading in katakana or hiragana.</source>
        <translation>Escreva a leitura em katakana ou hiragana.</translation>
    </message>
    <message>
        <source>This holds characters that cannot be printed.</source>
        <translation>Há caracteres que não podem ser impressos.</translation>
    </message>
    <message>
        <source>This is not a date that exists. Write it as 1990-04-01 or 平成2年4月1日.</source>
        <translation>Esta data não existe. Escreva como 1990-04-01 ou 平成2年4月1日.</translation>
    </message>
    <message>
        <source>Choose one of the answers offered.</source>
        <translation>Escolha uma das respostas oferecidas.</translation>
    </message>
    <message>
        <source>A postal code has 7 digits, as 123-4567.</source>
        <translation>O código postal tem 7 dígitos, como 123-4567.</translation>
    </message>
    <message>
        <source>A telephone number has 10 or 11 digits starting with 0, or starts with + and the country code.</source>
        <translation>O telefone tem 10 ou 11 dígitos começando com 0, ou começa com + e o código do país.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Isto não é um endereço de e-mail.</translation>
    </message>
    <message>
        <source>A residence card number is 2 letters, 8 digits and 2 letters, as AB12345678CD.</source>
        <translation>O número do cartão de residente tem 2 letras, 8 dígitos e 2 letras, como AB12345678CD.</translation>
    </message>
    <message>
        <source>Write %1 digits.</source>
        <translation>Escreva %1 dígitos.</translation>
    </message>
    <message>
        <source>There is no such field.</source>
        <translation>Este campo não existe.</translation>
    </message>
    <message>
        <source>There is no such person in this household.</source>
        <translation>Não há essa pessoa nesta família.</translation>
    </message>
    <message>
        <source>A value must be written as text.</source>
        <translation>Um valor deve ser escrito como texto.</translation>
    </message>
    <message>
        <source>The household members are a list of at most %1 people.</source>
        <translation>Os membros da família são uma lista de no máximo %1 pessoas.</translation>
    </message>
    <message>
        <source>A household member is an object of fields.</source>
        <translation>Um membro da família é um objeto de campos.</translation>
    </message>
    <message>
        <source>The stored profile of this visit cannot be opened (another key, or damaged).</source>
        <translation>Não é possível abrir os dados guardados desta visita (outra chave ou danificados).</translation>
    </message>
    <message>
        <source>That source gave no value for this field.</source>
        <translation>Essa origem não deu nenhum valor para este campo.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::GuidePage</name>
    <message>
        <source>What is happening in your life?</source>
        <translation>O que está acontecendo na sua vida?</translation>
    </message>
    <message>
        <source>Choose one: a few questions follow, then the procedures for you, in the order to do them.</source>
        <translation>Escolha uma opção: depois de algumas perguntas, você verá os procedimentos que precisa fazer, na ordem certa.</translation>
    </message>
    <message>
        <source>I know what I need: choose the procedures myself</source>
        <translation>Já sei do que preciso: escolher os procedimentos por conta própria</translation>
    </message>
    <message>
        <source>Choose your procedures</source>
        <translation>Escolha os seus procedimentos</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pergunta %1 de %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>What to do, in this order</source>
        <translation>O que fazer, nesta ordem</translation>
    </message>
    <message>
        <source>Your answers call for no procedure. Please go back and check them.</source>
        <translation>Pelas suas respostas, não há nenhum procedimento a fazer. Volte e confira as respostas.</translation>
    </message>
    <message>
        <source>Counters %1</source>
        <translation>Guichês %1</translation>
    </message>
    <message>
        <source>Bring:</source>
        <translation>Levar:</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Taxa: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Grátis</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1 ienes</translation>
    </message>
    <message>
        <source>About %1 min at the counter</source>
        <translation>Cerca de %1 min no guichê</translation>
    </message>
    <message>
        <source>Online instead: %1</source>
        <translation>Alternativa online: %1</translation>
    </message>
    <message>
        <source>Fees together: %1. About %2 min at the counters.</source>
        <translation>Total das taxas: %1. Cerca de %2 min nos guichês.</translation>
    </message>
    <message>
        <source>Next: fill in your details once</source>
        <translation>Próximo: preencha os seus dados uma só vez</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Para quem: %1</translation>
    </message>
    <message>
        <source>Everyone with this life event</source>
        <translation>Todos nesta situação</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>In a condition: a question and the answer that makes it hold (&quot;Do you have a car? — Yes&quot;)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — not %2</source>
        <extracomment>In a condition: a question and the answer that must not be given</extracomment>
        <translation>%1 — diferente de %2</translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation>%1, e %2</translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <translation>%1, ou %2</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation>não (%1)</translation>
    </message>
    <message>
        <source>Life events and their procedures</source>
        <translation>Situações da vida e seus procedimentos</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Kiosk</name>
    <message>
        <source>The office system cannot be reached, so no tickets can be issued now. Please ask a clerk.</source>
        <translation>Não foi possível acessar o sistema da repartição; no momento não é possível emitir senhas. Fale com um atendente.</translation>
    </message>
    <message>
        <source>The office system cannot be reached, so no ticket was issued. Please ask a clerk.</source>
        <translation>Não foi possível acessar o sistema da repartição; nenhuma senha foi emitida. Fale com um atendente.</translation>
    </message>
    <message>
        <source>No ticket could be issued: %1</source>
        <translation>Não foi possível emitir a senha: %1</translation>
    </message>
    <message>
        <source>This kiosk has no printer. Please note your number or photograph the code on the screen.</source>
        <translation>Este terminal não tem impressora. Anote o seu número ou fotografe o código na tela.</translation>
    </message>
    <message>
        <source>The ticket could not be printed (%1). Your number is on the screen: please note it or photograph the code.</source>
        <translation>Não foi possível imprimir a senha (%1). O seu número está na tela: anote-o ou fotografe o código.</translation>
    </message>
    <message>
        <source>no wait (reference)</source>
        <translation>sem espera (estimativa)</translation>
    </message>
    <message>
        <source>about %1–%2 min (reference)</source>
        <extracomment>参考値: a reference range of waiting minutes, never a promise</extracomment>
        <translation>cerca de %1–%2 min (estimativa)</translation>
    </message>
    <message>
        <source>Reservation at %1</source>
        <translation>Reserva às %1</translation>
    </message>
    <message>
        <source>A reservation code has 8 letters and digits, like 7K3M-Q2P7. Please check it.</source>
        <translation>O código da reserva tem 8 letras e números, como 7K3M-Q2P7. Confira, por favor.</translation>
    </message>
    <message>
        <source>This code is not right. Please check each character, or scan the QR code.</source>
        <translation>Este código não está certo. Confira cada caractere ou leia o QR code.</translation>
    </message>
    <message>
        <source>This code cannot be read. If it is your reservation, please type its code.</source>
        <translation>Não foi possível ler este código. Se for a sua reserva, digite o código.</translation>
    </message>
    <message>
        <source>This is the code of a ticket: scan it with your phone to follow your turn.</source>
        <translation>Este é o código de uma senha: leia com o celular para acompanhar a sua vez.</translation>
    </message>
    <message>
        <source>This code cannot be used here.</source>
        <translation>Este código não pode ser usado aqui.</translation>
    </message>
    <message>
        <source>The clerk could not be called. Please ask at the nearest counter.</source>
        <translation>Não foi possível chamar um atendente. Pergunte no guichê mais próximo.</translation>
    </message>
    <message>
        <source>Your details from home have been read. Please choose your procedure: the clerk will have them.</source>
        <translation>Os dados que você preencheu em casa foram lidos. Escolha o seu procedimento: o atendente os terá.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Notice</name>
    <message>
        <source>This office does not send notices by %1.</source>
        <translation>Esta repartição não envia avisos por %1.</translation>
    </message>
    <message>
        <source>This is not an e-mail address notices can be sent to.</source>
        <translation>Este não é um endereço de e-mail para o qual se possam enviar avisos.</translation>
    </message>
    <message>
        <source>The address must be 1 to %1 characters.</source>
        <translation>O endereço deve ter de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>This ticket is finished; there is nothing left to notify.</source>
        <translation>O atendimento desta senha terminou; não há mais nada a avisar.</translation>
    </message>
    <message>
        <source>A ticket can have at most %1 addresses for notices.</source>
        <translation>Uma senha pode ter no máximo %1 endereços para avisos.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::NoticeText</name>
    <message>
        <source>Your turn is near: %1</source>
        <translation>Sua vez está próxima: %1</translation>
    </message>
    <message>
        <source>Number %1: people ahead of you: %2. Please come back to the waiting area.</source>
        <translation>Número %1: pessoas na sua frente: %2. Volte para a sala de espera.</translation>
    </message>
    <message>
        <source>Your number %1 is called</source>
        <translation>Seu número %1 foi chamado</translation>
    </message>
    <message>
        <source>Number %1 is called. Please go to %2.</source>
        <translation>O número %1 foi chamado. Dirija-se a %2.</translation>
    </message>
    <message>
        <source>Your ticket: %1</source>
        <translation>Sua senha: %1</translation>
    </message>
    <message>
        <source>This is an automatic message from %1. Please do not reply to it.</source>
        <translation>Esta é uma mensagem automática de %1. Não responda.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::PreApplicationPage</name>
    <message>
        <source>Fill in your details before you come</source>
        <translation>Preencha os seus dados antes de vir</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Write your details once here, and show the code you get at the kiosk or the counter: the clerk fills in your forms. Nothing is sent anywhere: the details stay on this phone until you show the code.</source>
        <translation>Escreva os seus dados aqui uma vez e mostre o código que você receber no totem ou no guichê: o atendente preenche os seus formulários. Nada é enviado: os dados ficam neste celular até você mostrar o código.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Seus dados</translation>
    </message>
    <message>
        <source>Fill in what you know; leave the rest empty. Write names as on your residence record.</source>
        <translation>Preencha o que souber e deixe o resto em branco. Escreva os nomes como constam no seu atestado de residência (住民票).</translation>
    </message>
    <message>
        <source>Make my code</source>
        <translation>Gerar meu código</translation>
    </message>
    <message>
        <source>Please check “%1”.</source>
        <translation>Confira “%1”, por favor.</translation>
    </message>
    <message>
        <source>Please fill in at least one detail.</source>
        <translation>Preencha pelo menos um dos dados.</translation>
    </message>
    <message>
        <source>Your code</source>
        <translation>Seu código</translation>
    </message>
    <message>
        <source>Show this code at the kiosk or the counter. Keep the screen bright; take a screenshot to keep it.</source>
        <translation>Mostre este código no totem ou no guichê. Deixe o brilho da tela alto; faça uma captura de tela para guardar o código.</translation>
    </message>
    <message>
        <source>Change my details</source>
        <translation>Alterar meus dados</translation>
    </message>
    <message>
        <source>This page needs JavaScript to make your code.</source>
        <translation>Esta página precisa de JavaScript para gerar o seu código.</translation>
    </message>
    <message>
        <source>The details are too long for one code. Please leave out what the clerk can fill in, such as a previous address.</source>
        <translation>Os dados são longos demais para um único código. Deixe em branco o que o atendente pode preencher, como o endereço anterior.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Queue</name>
    <message>
        <source>%1 (fallback: no one is waiting for this counter&apos;s main services)</source>
        <translation>%1 (alternativo: ninguém aguarda os serviços principais deste guichê)</translation>
    </message>
    <message>
        <source>arrival order: waiting since %1</source>
        <translation>ordem de chegada: aguardando desde %1</translation>
    </message>
    <message>
        <source>priority class first, then arrival (waiting since %1)</source>
        <translation>prioridade primeiro, depois ordem de chegada (aguardando desde %1)</translation>
    </message>
    <message>
        <source>%1:1 alternation: priority turn (%2 of %1)</source>
        <translation>alternância %1:1: vez da prioridade (%2 de %1)</translation>
    </message>
    <message>
        <source>%1:1 alternation: regular turn</source>
        <translation>alternância %1:1: vez comum</translation>
    </message>
    <message>
        <source>walk-in waiting over %1 min (since %2)</source>
        <translation>sem reserva aguardando há mais de %1 min (desde %2)</translation>
    </message>
    <message>
        <source>appointment due %1</source>
        <translation>reserva às %1</translation>
    </message>
    <message>
        <source>no appointment due; arrival order: waiting since %1</source>
        <translation>nenhuma reserva na hora; ordem de chegada: aguardando desde %1</translation>
    </message>
    <message>
        <source>appointment at %1, called early: no one else is waiting</source>
        <translation>reserva às %1, chamada antes: ninguém mais aguarda</translation>
    </message>
    <message>
        <source>transferred to this counter; waiting since %1</source>
        <translation>transferido para este guichê; aguardando desde %1</translation>
    </message>
    <message>
        <source>called by number</source>
        <translation>chamado pelo número</translation>
    </message>
    <message>
        <source>returned from the pool</source>
        <translation>retornado da espera</translation>
    </message>
    <message>
        <source>There is no counter %1.</source>
        <translation>Não existe o guichê %1.</translation>
    </message>
    <message>
        <source>There is no service &apos;%1&apos; at this office.</source>
        <translation>Não há o serviço &apos;%1&apos; neste local.</translation>
    </message>
    <message>
        <source>No open ticket has the number %1.</source>
        <translation>Nenhuma senha aberta tem o número %1.</translation>
    </message>
    <message>
        <source>Choose between one and ten services.</source>
        <translation>Escolha entre um e dez serviços.</translation>
    </message>
    <message>
        <source>%1 is asked for twice.</source>
        <translation>%1 foi pedido duas vezes.</translation>
    </message>
    <message>
        <source>The language &apos;%1&apos; is not offered at this office.</source>
        <translation>O idioma &apos;%1&apos; não é oferecido neste local.</translation>
    </message>
    <message>
        <source>An appointment needs its code and its time.</source>
        <translation>Uma reserva precisa do código e do horário.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid outcome: use lower-case letters, digits and &apos;-&apos; (at most 32).</source>
        <translation>&apos;%1&apos; não é um resultado válido: use letras minúsculas, números e &apos;-&apos; (até 32).</translation>
    </message>
    <message>
        <source>The office is closed now.</source>
        <translation>O atendimento está fechado agora.</translation>
    </message>
    <message>
        <source>The office is closed now. It opens again on %1 at %2.</source>
        <translation>O atendimento está fechado agora. Reabre em %1 às %2.</translation>
    </message>
    <message>
        <source>All numbers of %1 (%2 to %3) are held by open visits; finish or cancel some first.</source>
        <translation>Nenhum número de %1 (%2 a %3) está livre: estão em atendimentos abertos; finalize ou cancele alguns antes.</translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used for a different ticket request; use a new key.</source>
        <translation>Esta Idempotency-Key já foi usada em outro pedido de senha; use uma nova chave.</translation>
    </message>
    <message>
        <source>Counter %1 is paused; resume it before calling.</source>
        <translation>O guichê %1 está pausado; retome antes de chamar.</translation>
    </message>
    <message>
        <source>Counter %1 is closed; open it before calling.</source>
        <translation>O guichê %1 está fechado; abra-o antes de chamar.</translation>
    </message>
    <message>
        <source>Counter %1 is already open.</source>
        <translation>O guichê %1 já está aberto.</translation>
    </message>
    <message>
        <source>Counter %1 is already paused.</source>
        <translation>O guichê %1 já está pausado.</translation>
    </message>
    <message>
        <source>Counter %1 is closed.</source>
        <translation>O guichê %1 está fechado.</translation>
    </message>
    <message>
        <source>Counter %1 is still attending to %2; finish, transfer or park that visit first.</source>
        <translation>O guichê %1 ainda atende %2; finalize, transfira ou coloque em espera antes.</translation>
    </message>
    <message>
        <source>Counter %1 has no visitor at the moment.</source>
        <translation>O guichê %1 não tem ninguém no momento.</translation>
    </message>
    <message>
        <source>No one is waiting for the services of counter %1.</source>
        <translation>Ninguém aguarda os serviços do guichê %1.</translation>
    </message>
    <message>
        <source>Counter %1 does not take %2 (%3); transfer the visit instead.</source>
        <translation>O guichê %1 não atende %2 (%3); transfira o atendimento.</translation>
    </message>
    <message>
        <source>%1 was transferred to counter %2.</source>
        <translation>%1 foi transferido para o guichê %2.</translation>
    </message>
    <message>
        <source>%1 is already at counter %2; there is no one to recall.</source>
        <translation>%1 já está no guichê %2; não há quem chamar de novo.</translation>
    </message>
    <message>
        <source>%1 is already being served at counter %2; finish the visit instead.</source>
        <translation>%1 já está sendo atendido no guichê %2; finalize o atendimento.</translation>
    </message>
    <message>
        <source>%1 is being served at counter %2; finish or transfer it there.</source>
        <translation>%1 está sendo atendido no guichê %2; finalize ou transfira lá.</translation>
    </message>
    <message>
        <source>%1 is already at counter %2 for that service.</source>
        <translation>%1 já está no guichê %2 para esse serviço.</translation>
    </message>
    <message>
        <source>The change could not be saved, so nothing was changed: %1</source>
        <translation>Não foi possível salvar a alteração, então nada mudou: %1</translation>
    </message>
    <message>
        <source>%1 is waiting in the queue.</source>
        <translation>%1 está aguardando na fila.</translation>
    </message>
    <message>
        <source>%1 has already been called to counter %2.</source>
        <translation>%1 já foi chamado ao guichê %2.</translation>
    </message>
    <message>
        <source>%1 is already being served at counter %2.</source>
        <translation>%1 já está sendo atendido no guichê %2.</translation>
    </message>
    <message>
        <source>%1 is parked in the pool.</source>
        <translation>%1 está em espera.</translation>
    </message>
    <message>
        <source>%1 is no longer open.</source>
        <translation>%1 já foi encerrado.</translation>
    </message>
    <message>
        <source>The route of the visit does not fit its services: each step may wait only for other services of the visit.</source>
        <translation>O roteiro da visita não corresponde aos seus serviços: cada etapa só pode esperar por outros serviços da mesma visita.</translation>
    </message>
    <message>
        <source>%1 has no such step still to come.</source>
        <translation>%1 não tem essa etapa entre as que ainda faltam.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::StatusPage</name>
    <message>
        <source>Your ticket</source>
        <translation>Sua senha</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Seu número</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>Aguarde até seu número ser chamado.</translation>
    </message>
    <message>
        <source>Your number is called. Please come now.</source>
        <translation>Seu número foi chamado. Venha agora, por favor.</translation>
    </message>
    <message>
        <source>You are being served.</source>
        <translation>Você está sendo atendido.</translation>
    </message>
    <message>
        <source>Please wait near the counters; staff will call you again.</source>
        <translation>Aguarde perto dos guichês; um funcionário vai chamar você de novo.</translation>
    </message>
    <message>
        <source>All your procedures are finished. Thank you.</source>
        <translation>Todos os seus procedimentos foram concluídos. Obrigado.</translation>
    </message>
    <message>
        <source>This ticket was cancelled.</source>
        <translation>Esta senha foi cancelada.</translation>
    </message>
    <message>
        <source>You were called but not present. Please take a new ticket.</source>
        <translation>Você foi chamado, mas não estava presente. Retire uma nova senha.</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>Dirija-se a: %1</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>Pessoas na sua frente: %1</translation>
    </message>
    <message>
        <source>Estimated wait: %1–%2 minutes (for reference only)</source>
        <translation>Espera estimada: %1–%2 minutos (apenas referência)</translation>
    </message>
    <message>
        <source>No wait estimate is available now.</source>
        <translation>No momento não há estimativa de espera.</translation>
    </message>
    <message>
        <source>Your procedures</source>
        <translation>Seus procedimentos</translation>
    </message>
    <message>
        <source>This page updates by itself.</source>
        <translation>Esta página se atualiza sozinha.</translation>
    </message>
    <message>
        <source>Connection lost; trying again…</source>
        <translation>Conexão perdida; tentando novamente…</translation>
    </message>
    <message>
        <source>This page reloads every 30 seconds.</source>
        <translation>Esta página é recarregada a cada 30 segundos.</translation>
    </message>
    <message>
        <source>Ticket not found</source>
        <translation>Senha não encontrada</translation>
    </message>
    <message>
        <source>No ticket has this link. It may belong to an earlier day. Please ask at the reception.</source>
        <translation>Nenhuma senha corresponde a este link. Ela pode ser de um dia anterior. Pergunte na recepção.</translation>
    </message>
    <message>
        <source>Get a message when your turn is near</source>
        <translation>Receba uma mensagem quando sua vez estiver próxima</translation>
    </message>
    <message>
        <source>We send one message when few people are ahead of you and one when you are called. You can leave the waiting room meanwhile.</source>
        <translation>Enviamos uma mensagem quando houver poucas pessoas na sua frente e outra quando você for chamado. Enquanto isso, você pode sair da sala de espera.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Endereço de e-mail</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>Número de celular</translation>
    </message>
    <message>
        <source>Send me a message</source>
        <translation>Quero receber mensagem</translation>
    </message>
    <message>
        <source>Done. We will send you a message when your turn is near.</source>
        <translation>Pronto. Enviaremos uma mensagem quando sua vez estiver próxima.</translation>
    </message>
    <message>
        <source>We cannot send to this address. Please check it and try again.</source>
        <translation>Não conseguimos enviar para este endereço. Verifique e tente novamente.</translation>
    </message>
    <message>
        <source>This ticket cannot take more addresses.</source>
        <translation>Esta senha não aceita mais endereços.</translation>
    </message>
    <message>
        <source>Sorry, this did not work. Please try again or ask at the reception.</source>
        <translation>Desculpe, não deu certo. Tente novamente ou pergunte na recepção.</translation>
    </message>
    <message>
        <source>You will be called at: %1 (%2)</source>
        <extracomment>Where a waiting visitor will be called: %1 is the service, %2 its counters (&quot;Counter 5, Counter 6&quot;)</extracomment>
        <translation>Você será chamado em: %1 (%2)</translation>
    </message>
    <message>
        <source>You will be called at: %1</source>
        <extracomment>Where a waiting visitor will be called, when the service has more counters than fit on a line</extracomment>
        <translation>Você será chamado em: %1</translation>
    </message>
</context>
<context>
    <name>Madoguchi::TicketText</name>
    <message>
        <source>Your number</source>
        <translation>Sua senha</translation>
    </message>
    <message>
        <source>%1 (counter %2)</source>
        <translation>%1 (guichê %2)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <extracomment>The issue time on a ticket, as a QDateTime format; Japanese: &quot;yyyy年M月d日 H:mm&quot;</extracomment>
        <translation>dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Emitida em: %1</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>Pessoas na sua frente: %1</translation>
    </message>
    <message>
        <source>Estimated wait: %1–%2 min (for reference only)</source>
        <translation>Espera estimada: %1–%2 min (apenas referência)</translation>
    </message>
    <message>
        <source>Scan to follow your turn on your phone.</source>
        <translation>Escaneie para acompanhar sua vez no celular.</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>Aguarde até sua senha ser chamada.</translation>
    </message>
    <message>
        <source>Reservation at %1</source>
        <translation>Reserva às %1</translation>
    </message>
    <message>
        <source>The clerk has your details: you will not need to write them.</source>
        <translation>O atendente já tem os seus dados: você não vai precisar escrevê-los.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>%1 of %2 digits entered</source>
        <extracomment>Read out instead of the digits: %1 digits of %2 entered</extracomment>
        <translation>%1 de %2 dígitos digitados</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>The PIN pad&apos;s keys beside 0: delete the last digit, and confirm the PIN</extracomment>
        <translation>Apagar</translation>
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
        <translation>muito cheio</translation>
    </message>
    <message>
        <source>crowded</source>
        <translation>cheio</translation>
    </message>
    <message>
        <source>some waiting</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>tranquilo</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Ninguém aguardando.</translation>
    </message>
    <message>
        <source>Longest wait: %1 min (%2)</source>
        <extracomment>%1 minutes, %2 the service</extracomment>
        <translation>Maior espera: %1 min (%2)</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 aguardando</translation>
    </message>
    <message>
        <source>longest %1 min</source>
        <extracomment>The one-stop visits on their way to this service from another counter, with what they bring</extracomment>
        <translation>maior espera %1 min</translation>
    </message>
    <message>
        <source>parked: %1</source>
        <translation>em espera: %1</translation>
    </message>
    <message>
        <source>coming: %1</source>
        <translation>a caminho: %1</translation>
    </message>
</context>
<context>
    <name>ReservationPage</name>
    <message>
        <source>Check in your reservation</source>
        <translation>Check-in da reserva</translation>
    </message>
    <message>
        <source>Hold the QR code of your reservation (on paper or on your phone) under the reader.</source>
        <translation>Aproxime o QR code da reserva (no papel ou no celular) do leitor.</translation>
    </message>
    <message>
        <source>Or type the code of your reservation:</source>
        <translation>Ou digite o código da sua reserva:</translation>
    </message>
    <message>
        <source>Code typed so far: %1</source>
        <translation>Código digitado: %1</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Fazer check-in</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Delete one</source>
        <extracomment>Deletes the last character typed</extracomment>
        <translation>Apagar um</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>Deletes everything typed</extracomment>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Type all 8 characters</source>
        <extracomment>Why &quot;Check in&quot; cannot be pressed yet</extracomment>
        <translation>Digite os 8 caracteres</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>People waiting: %1</source>
        <translation>Pessoas aguardando: %1</translation>
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
        <translation>Qual procedimento você veio fazer?</translation>
    </message>
    <message>
        <source>The office is closed now. Please come back during opening hours.</source>
        <translation>A repartição está fechada agora. Volte no horário de atendimento.</translation>
    </message>
    <message>
        <source>I have a reservation</source>
        <translation>Tenho reserva</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <extracomment>The first line of the idle kiosk: %1 is the office&apos;s name</extracomment>
        <translation>Bem-vindo a %1</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>Você ainda está aí?</translation>
    </message>
    <message>
        <source>The kiosk returns to the start in %1 s. Touch “Continue” to go on.</source>
        <translation>O totem volta ao início em %1 s. Toque em “Continuar” para seguir.</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>Keeps the kiosk on the visitor&apos;s screen when asked &quot;Are you still there?&quot;</extracomment>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Your number</source>
        <translation>Sua senha</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>Pessoas na sua frente: %1</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Imprimindo a sua senha…</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>Retire a sua senha.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>QR code of your status page</source>
        <translation>Código QR da sua página de acompanhamento</translation>
    </message>
    <message>
        <source>Scan with your phone to see your turn coming.</source>
        <translation>Leia com o celular para ver quando a sua vez estiver próxima.</translation>
    </message>
    <message>
        <source>Please have these ready:</source>
        <translation>Tenha em mãos:</translation>
    </message>
    <message>
        <source>Please wait in the waiting area until the board calls your number.</source>
        <translation>Aguarde na sala de espera até o painel chamar a sua senha.</translation>
    </message>
    <message>
        <source>See your turn on your phone</source>
        <translation>Acompanhe a sua vez no celular</translation>
    </message>
    <message>
        <source>Back to the start in %1 s</source>
        <extracomment>How long until the kiosk shows its first screen again</extracomment>
        <translation>Volta ao início em %1 s</translation>
    </message>
    <message>
        <source>The clerk has your details: you will not need to write them.</source>
        <translation>O atendente já tem os seus dados: você não vai precisar escrevê-los.</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
</context>
<context>
    <name>VisitPane</name>
    <message>
        <source>later</source>
        <translation>depois</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <source>called</source>
        <translation>chamado</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>em atendimento</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>em espera</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>não compareceu</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>transferido</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>No visitor at this counter.</source>
        <translation>Nenhum visitante neste guichê.</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Em atendimento</translation>
    </message>
    <message>
        <source>Called, not yet here</source>
        <translation>Chamado, ainda não chegou</translation>
    </message>
    <message>
        <source>Why this visitor: %1</source>
        <translation>Por que este visitante: %1</translation>
    </message>
</context>
</TS>

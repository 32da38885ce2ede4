import type { Catalog } from '../../catalog.ts';

/** Português (Brasil): the `files` group (see `../../en/files.ts`). */
export const files = {
  workerFailed:
    'O worker de criptografia não conseguiu iniciar neste navegador. Recarregue a página e tente de novo.',
  noPlace:
    'Este navegador não consegue gravar os arquivos enquanto baixam nem guardá-los no armazenamento privado dele, então não consegue salvar estes arquivos. Abra o link em um Chrome, Edge, Firefox ou Safari atual, ou com o cliente de linha de comando hushlink. Nada foi gasto.',
  diskFull:
    'Não há espaço livre suficiente para este navegador guardar os arquivos descriptografados. Libere espaço em disco e tente de novo; nada foi guardado.',
  savedNote:
    'Cada arquivo é descriptografado enquanto baixa e gravado onde você escolher. Ele só é mantido quando foi todo descriptografado e verificado; se o download falhar ou você cancelar, o arquivo parcial é descartado.',
  privateStorageNote:
    'Este navegador não consegue gravar os arquivos onde você escolher enquanto baixam, então eles são descriptografados no armazenamento privado dele para este site e oferecidos para salvar quando todos tiverem sido descriptografados e verificados. Eles são apagados de lá quando você sai desta página.',
  decrypted: 'Os arquivos foram descriptografados. Salve cada um; eles ficam nesta aba até você sair dela.',
  notEnoughSpace:
    'Estes arquivos precisam de {needed} do armazenamento deste navegador, e restam {available}. Libere espaço em disco ou abra o link com o cliente de linha de comando hushlink. Nada foi gasto.',
  unreadable:
    'Não foi possível ler {name}: talvez tenha sido movido ou alterado desde que você o escolheu. Escolha-o de novo.',
  tooMany: 'Um segredo pode levar no máximo {max} arquivos; remova alguns.',
  tooLarge:
    'Estes arquivos são grandes demais: juntos ocupam {size}, e este Hushlink aceita no máximo {limit} por segredo.',
  incomplete: 'O download terminou antes de o segredo inteiro chegar. Tente de novo.',
  filesToShare: 'Arquivos para compartilhar',
  dropHint:
    'Solte arquivos aqui ou escolha-os. Eles são criptografados neste navegador conforme são lidos e enviados conforme são criptografados.',
  filesOptional: 'Arquivos (opcional)',
  removeLabel: 'Remover {name}',
  remove: 'Remover',
  cancel: 'Cancelar',
  grantClosed: 'A janela de download terminou: os arquivos não podem mais ser baixados do servidor.',
  grantLeft:
    'Se um download falhar ou você cancelar, pode tentar de novo por mais {minutes, plural, one {# minuto} other {# minutos}} (até {until}) sem gastar outra visualização.',
  sizeUnknown: 'tamanho conhecido após descriptografar',
  typeUnknown: 'tipo desconhecido',
  typeAndSize: '{type}, {size}',
  saveLabel: 'Salvar {name}',
  saveAs: 'Salvar…',
  save: 'Salvar',
  savingCancelled: 'Salvamento de {name} cancelado.',
  savingFailed: 'Falha ao salvar {name}: {reason}',
  decryptingCancelled: 'Descriptografia dos arquivos cancelada.',
  decryptingFailed: 'Falha ao descriptografar os arquivos: {reason}',
  noSaveDialog: 'Não foi possível abrir a janela de salvar: {reason}',
  downloadingOne: 'Baixando e descriptografando {name}',
  downloadingAll: 'Baixando e descriptografando os arquivos',
  savedInFull: 'Salvo: totalmente descriptografado e verificado.',
  saved: '{name} salvo.',
  notSaved: 'Não salvo: o arquivo parcial foi descartado.',
  checkedInFull: 'Totalmente descriptografado e verificado.',
  decryptFiles: 'Descriptografar arquivos',
  title: 'Os arquivos',
  lastView:
    'Esta foi a última visualização: o segredo agora foi apagado do servidor. Salve os arquivos antes de sair desta página.',
  moreViews:
    'O link pode ser aberto mais {count, plural, one {# vez} other {# vezes}} antes de parar de funcionar.',
  shareYourOwn: 'Compartilhar um segredo seu',
} satisfies Catalog['files'];

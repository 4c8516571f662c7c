import ChatTUI

ChatTUICommand.main()

import { z } from 'zod';

// Fields without a message of their own still answer in Chinese: the person at the screen reads them.
z.config(z.locales.zhCN());

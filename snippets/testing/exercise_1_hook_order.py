"""Shows the order in which IsolatedAsyncioTestCase runs its hooks."""

import unittest


class HookOrder(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        print("setUp")

    async def asyncSetUp(self):
        print("asyncSetUp")
        self.addAsyncCleanup(self.say, "cleanup added in asyncSetUp")

    async def test_it(self):
        print("test_it")
        self.addCleanup(print, "cleanup added in test_it")

    async def asyncTearDown(self):
        print("asyncTearDown")

    def tearDown(self):
        print("tearDown")

    async def say(self, text):
        print(text)


if __name__ == "__main__":
    unittest.main(verbosity=0)
